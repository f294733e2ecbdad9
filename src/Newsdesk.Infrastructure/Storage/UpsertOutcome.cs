namespace Newsdesk.Infrastructure.Storage;

public enum UpsertOutcome
{
    Inserted,
    Unchanged,
    Updated,
}
