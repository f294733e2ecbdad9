using Newsdesk.Core.Model;

namespace Newsdesk.Core.Brief;

/// <summary>Section headings and fixed phrases in the brief's language.</summary>
public static class SectionHeadings
{
    private static readonly Dictionary<BriefSectionKind, (string En, string De)> Headings = new()
    {
        [BriefSectionKind.WhatsNew] = ("What's new", "Was ist neu"),
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

    /// <summary>"What's new" with the update's time: "What's new · 2026-06-24 09:10 UTC".</summary>
    public static string WhatsNew(DateTimeOffset updated, string language) =>
        $"{For(BriefSectionKind.WhatsNew, language)} · {updated.UtcDateTime:yyyy-MM-dd HH:mm} UTC";

    /// <summary>What's new when the only new fact leads the brief: which report brought it.</summary>
    public static string LatestLeads(string outlet, string language) => language == "de"
        ? $"Der neueste Bericht ({outlet}) steht jetzt an der Spitze: siehe TL;DR."
        : $"The latest report ({outlet}) now leads the brief: see the TL;DR.";

    /// <summary>The line under a brief's headline naming the story it follows in its thread.</summary>
    public static string Follows(string language) => language == "de" ? "Folgt auf" : "Follows";

    /// <summary>The thread's earlier story this brief follows (its timeline's entry of the previous story), or null.</summary>
    public static BriefItem? FollowedStory(StoryBrief brief) =>
        brief.FrontMatter.Previous is { } previous ? brief.Section(BriefSectionKind.Timeline)?.Items.FirstOrDefault(i => i.LinkSlug == previous) : null;

    /// <summary>Under a bounded brief's sources: the reports it was not written from.</summary>
    public static string MoreSources(int more, string language) => language == "de"
        ? (more == 1 ? "… und ein weiterer Bericht" : $"… und {more} weitere Berichte")
        : (more == 1 ? "… and one more report" : $"… and {more} more reports");

    /// <summary>What's new when the new reports are all in the other language.</summary>
    public static string OtherLanguageNew(int reports, string other, string language) => language == "de"
        ? (reports == 1 ? "Ein neuer Bericht" : $"{reports} neue Berichte") + (other == "en" ? " auf Englisch." : " auf Deutsch.")
        : (reports == 1 ? "One new report" : $"{reports} new reports") + (other == "de" ? " in German." : " in English.");

    /// <summary>What's new when new reports add no fact the brief did not have.</summary>
    public static string NothingNew(int reports, string language) => language == "de"
        ? (reports == 1 ? "Ein weiterer Bericht bestätigt die Meldung; er bringt keine neuen Fakten." : $"{reports} weitere Berichte bestätigen die Meldung; sie bringen keine neuen Fakten.")
        : (reports == 1 ? "One more report confirms the story; it adds no new facts." : $"{reports} more reports confirm the story; they add no new facts.");

    public static string Footer(int sources, string engine, DateTimeOffset updated, string language) => language == "de"
        ? $"{sources} {(sources == 1 ? "Quelle" : "Quellen")} · Engine: {engine} · aktualisiert {updated.UtcDateTime:yyyy-MM-dd HH:mm} UTC"
        : $"{sources} {(sources == 1 ? "source" : "sources")} · engine: {engine} · updated {updated.UtcDateTime:yyyy-MM-dd HH:mm} UTC";
}
