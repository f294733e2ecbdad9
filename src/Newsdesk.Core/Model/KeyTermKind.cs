namespace Newsdesk.Core.Model;

/// <summary>What a key term names. New members go at the end: stored JSON spells them, tests compare them.</summary>
public enum KeyTermKind
{
    Phrase,

    /// <summary>A name whose kind the text does not tell.</summary>
    Name,

    /// <summary>A figure that is not a percentage, a sum of money or a count (a measure such as "6.8 metres").</summary>
    Figure,
    Person,
    Organisation,
    Place,
    Percentage,
    Money,
    Count,
}
