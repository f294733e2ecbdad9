using Newsdesk.Core.Model;

namespace Newsdesk.Core.Brief;

/// <summary>Section headings and fixed phrases in the brief's language.</summary>
public static class SectionHeadings
{
    private static readonly Dictionary<BriefSectionKind, (string En, string De)> Headings = new()
    {
        [BriefSectionKind.TlDr] = ("TL;DR", "TL;DR"),
        [BriefSectionKind.Summary] = ("Summary", "Zusammenfassung"),
        [BriefSectionKind.WhyItMatters] = ("Why it matters", "Warum es wichtig ist"),
        [BriefSectionKind.KeyPoints] = ("Key points", "Kernpunkte"),
        [BriefSectionKind.Perspectives] = ("Perspectives", "Perspektiven"),
        [BriefSectionKind.KeyTerms] = ("Key terms", "Schlüsselbegriffe"),
        [BriefSectionKind.Faq] = ("FAQ", "FAQ"),
        [BriefSectionKind.Timeline] = ("Timeline", "Zeitleiste"),
        [BriefSectionKind.RelatedTopics] = ("Related topics", "Verwandte Themen"),
        [BriefSectionKind.Sources] = ("Sources", "Quellen"),
    };

    /// <summary>The label of the model engine's editorial take, which says it is an opinion.</summary>
    public static string Take(string language) => language == "de" ? "Einschätzung der Redaktion (Meinung)" : "Newsdesk's take (opinion)";

    public static string For(BriefSectionKind kind, string language) => language == "de" ? Headings[kind].De : Headings[kind].En;

    public static string Footer(int sources, string engine, DateTimeOffset updated, string language) => language == "de"
        ? $"{sources} {(sources == 1 ? "Quelle" : "Quellen")} · Engine: {engine} · aktualisiert {updated.UtcDateTime:yyyy-MM-dd HH:mm} UTC"
        : $"{sources} {(sources == 1 ? "source" : "sources")} · engine: {engine} · updated {updated.UtcDateTime:yyyy-MM-dd HH:mm} UTC";
}
