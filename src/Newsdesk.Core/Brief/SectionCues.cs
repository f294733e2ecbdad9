namespace Newsdesk.Core.Brief;

/// <summary>Cue words that mark a sentence as consequence, attribution, future or time, per language (lower-case, word starts).</summary>
internal sealed record SectionCues(string[] Consequence, string[] Attribution, string[] Future, string[] Time, string[] Weak)
{
    public static readonly SectionCues English = new(
        ["because", "means", "could", "would", "impact", "affect", "risk", "important", "significan", "consequen", "so that", "expected to", "raises", "threat", "first time", "biggest", "largest"],
        ["said", "says", "told", "argued", "warned", "criticis", "criticiz", "according to", "insisted", "called", "added", "welcomed", "disagreed"],
        ["will ", "plans", "next", "expected", "due to", "is set to", "are set to", "scheduled", "intends"],
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may ", "june", "july", "august", "september", "october", "november", "december", "yesterday", "morning", "evening", "night"],
        ["he ", "she ", "it ", "they ", "this ", "that ", "but ", "and ", "also ", "however"]);

    public static readonly SectionCues German = new(
        ["weil", "bedeutet", "könnte", "würde", "folgen", "auswirk", "risiko", "wichtig", "erstmals", "damit", "gefahr", "größte", "bedroh"],
        ["sagte", "sagt", "erklärte", "warnte", "kritisier", "betonte", "laut ", "zufolge", "forderte", "begrüßte", "widersprach", "meinte"],
        ["wird ", "werden ", "soll", "plant", "künftig", "nächste", "voraussichtlich", "geplant"],
        ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "januar", "februar", "märz", "april", "mai ", "juni", "juli", "august", "september", "oktober", "november", "dezember", "gestern", "morgen", "abend", "nacht", "uhr"],
        ["er ", "sie ", "es ", "das ", "dies", "aber ", "und ", "auch ", "doch "]);

    public static SectionCues For(string language) => language == "de" ? German : English;

    public static bool Has(string lowerSentence, IEnumerable<string> cues) => cues.Any(c => lowerSentence.Contains(c, StringComparison.Ordinal));
}
