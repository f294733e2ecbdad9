namespace Newsdesk.Core.Text;

/// <summary>The coarse word classes that key-phrase candidates are built from; everything else ends a phrase.</summary>
public enum WordClass
{
    Other,
    Noun,
    ProperNoun,
    Adjective,
    Verb,
    Adverb,
    Number,
}
