namespace Newsdesk.Core.Model;

public enum KeyTermKind
{
    Phrase,
    Name,
    Figure,
}
