namespace Newsdesk.Core.Text;

/// <summary>Function words of English and German, used for language identification and term filtering.</summary>
public static class StopWords
{
    public static readonly IReadOnlySet<string> English = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "about", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "because",
        "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during",
        "each", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how",
        "i", "if", "in", "into", "is", "it", "its", "itself", "just", "last", "more", "most", "much", "my", "new", "no", "nor", "not", "now", "of", "off",
        "on", "once", "one", "only", "or", "other", "our", "out", "over", "own", "said", "same", "says", "she", "should", "so", "some",
        "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "to",
        "too", "two", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who",
        "whom", "why", "will", "with", "would", "year", "years", "you", "your", "told", "may", "might", "must", "per", "yet", "since",
        "week", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "according",
    };

    public static readonly IReadOnlySet<string> German = new HashSet<string>(StringComparer.Ordinal)
    {
        "aber", "alle", "allem", "allen", "aller", "als", "also", "am", "an", "auch", "auf", "aus", "bei", "beim", "bereits", "bis", "bisher",
        "da", "dabei", "damit", "dann", "das", "dass", "dem", "den", "denn", "der", "des", "die", "dies", "diese", "diesem",
        "diesen", "dieser", "doch", "dort", "durch", "ein", "eine", "einem", "einen", "einer", "eines", "er", "es", "etwa",
        "für", "gegen", "hat", "hatte", "haben", "hier", "ich", "ihr", "ihre", "ihren", "im", "in", "ist", "jahr", "jahren", "jetzt", "kann",
        "kein", "keine", "man", "mehr", "mit", "muss", "nach", "nicht", "noch", "nun", "nur", "ob", "oder", "ohne", "sagte",
        "sei", "seien", "sein", "seine", "seit", "sich", "sie", "sind", "so", "soll", "sollen", "sowie", "über", "um", "und", "uns",
        "unter", "vom", "von", "vor", "war", "waren", "was", "weil", "wenn", "werden", "wie", "wieder", "will", "wir", "wird",
        "wurde", "wurden", "zu", "zum", "zur", "zwei", "laut", "heute", "gestern", "woche", "montag", "dienstag", "mittwoch",
        "donnerstag", "freitag", "samstag", "sonntag", "neue", "neuen", "neuer", "teilte", "mit", "hatten", "habe",
    };

    public static IReadOnlySet<string> For(string language) => language == "de" ? German : English;

    public static bool IsStopWord(string lowerToken) => English.Contains(lowerToken) || German.Contains(lowerToken);
}
