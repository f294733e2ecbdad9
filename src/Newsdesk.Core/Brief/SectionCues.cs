namespace Newsdesk.Core.Brief;

/// <summary>Cue words that mark a sentence as consequence, attribution, future, time or regret, per language (lower-case, word starts).</summary>
/// <remarks>Consequence cues name an impact, cost, risk, who is affected or a precedent; a bare "could" or "because" made
/// "Why it matters" a place for any sentence with a modal verb in it.</remarks>
internal sealed record SectionCues(string[] Consequence, string[] Attribution, string[] Future, string[] Time, string[] Weak, string[] Regret)
{
    public static readonly SectionCues English = new(
        ["impact", "affect", "risk", "threat", "consequen", "significan", "important", "precedent", "first time", "for the first", "biggest", "largest", "record",
            "means that", "will mean", "cost", "damage", "disrupt", "shortage", "at stake", "endanger", "jeopardi"],
        ["said", "says", "told", "argued", "warned", "criticis", "criticiz", "according to", "insisted", "called", "added", "welcomed", "disagreed"],
        // "next" only with what comes next: "the next set of bones" is no plan.
        ["will ", "plans", "next week", "next month", "next year", "next monday", "next tuesday", "next wednesday", "next thursday",
            "next friday", "next saturday", "next sunday", "next round", "next step", "next phase", "next season", "next meeting",
            "next vote", "next election", "next hearing", "expected", "due to", "is set to", "are set to", "scheduled", "intends"],
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may ", "june", "july", "august", "september", "october", "november", "december", "yesterday", "morning", "evening", "night"],
        ["he ", "she ", "it ", "they ", "this ", "that ", "but ", "and ", "also ", "however"],
        ["sorry", "apolog", "regret"]);

    public static readonly SectionCues German = new(
        ["auswirk", "folgen für", "risiko", "gefahr", "bedroh", "wichtig", "erstmals", "zum ersten mal", "größte", "rekord", "bedeutet", "kosten", "schaden", "schäden",
            "betroffen", "beeinträchtig", "engpäss", "gefährd", "präzedenz"],
        ["sagte", "sagt", "erklärte", "warnte", "kritisier", "betonte", "laut ", "zufolge", "forderte", "begrüßte", "widersprach", "meinte"],
        ["wird ", "werden ", "soll", "plant", "künftig", "nächste", "voraussichtlich", "geplant"],
        ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "januar", "februar", "märz", "april", "mai ", "juni", "juli", "august", "september", "oktober", "november", "dezember", "gestern", "morgen", "abend", "nacht", "uhr"],
        ["er ", "sie ", "es ", "das ", "dies", "aber ", "und ", "auch ", "doch "],
        ["entschuldig", "bedauer", "tut uns leid", "tut mir leid"]);

    public static SectionCues For(string language) => language == "de" ? German : English;

    public static bool Has(string lowerSentence, IEnumerable<string> cues) => cues.Any(c => lowerSentence.Contains(c, StringComparison.Ordinal));
}
