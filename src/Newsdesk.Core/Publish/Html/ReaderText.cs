namespace Newsdesk.Core.Publish.Html;

/// <summary>The reader's own words in English and German.</summary>
public sealed record ReaderText(
    string Latest, string Featured, string English, string German, string Search, string SearchLabel, string Sources,
    string Summary, string KeyTerm, string NextInThread, string Previous, string Thread, string Digest, string Tags,
    string SkipToContent, string NoResults, string AlsoIn, string Newer, string Older, string SourcesUnit, string Footer,
    string StoryUnit, string StoriesUnit, string LatestLabel)
{
    public static readonly ReaderText En = new(
        "Latest stories", "Featured", "English", "Deutsch", "Search", "Search briefs and articles", "Sources",
        "Summary", "Key term", "Next story in this thread", "Previous", "Thread", "Daily digest", "Tags",
        "Skip to content", "Nothing found.", "Also in", "Newer", "Older", "sources", "Newsdesk · self-hosted · briefs cite their sources",
        "story", "stories", "Latest")
    {
        History = "History", Version = "Version", Added = "Added", Dropped = "No longer stated", BackToStory = "Back to the story",
        VersionsOf = "versions of this brief", UpdatedLabel = "updated", NewMark = "New", UpdatedMark = "Updated",
    };

    public static readonly ReaderText De = new(
        "Aktuelle Meldungen", "Top-Meldungen", "English", "Deutsch", "Suche", "Briefings und Artikel durchsuchen", "Quellen",
        "Zusammenfassung", "Schlüsselbegriff", "Nächste Meldung im Thread", "Vorherige", "Thread", "Tagesüberblick", "Schlagworte",
        "Zum Inhalt springen", "Nichts gefunden.", "Auch in", "Neuer", "Älter", "Quellen", "Newsdesk · selbst betrieben · Briefings nennen ihre Quellen",
        "Meldung", "Meldungen", "Zuletzt")
    {
        History = "Verlauf", Version = "Version", Added = "Neu", Dropped = "Nicht mehr genannt", BackToStory = "Zurück zur Meldung",
        VersionsOf = "Fassungen dieses Briefings", UpdatedLabel = "aktualisiert", NewMark = "Neu", UpdatedMark = "Aktualisiert",
    };

    /// <summary>The story page's link to its versions, and the history page's words.</summary>
    public string History { get; init; } = "";

    public string Version { get; init; } = "";

    public string Added { get; init; } = "";

    public string Dropped { get; init; } = "";

    public string BackToStory { get; init; } = "";

    public string VersionsOf { get; init; } = "";

    /// <summary>A list's "updated" time, and the marks for stories new or updated since the last visit.</summary>
    public string UpdatedLabel { get; init; } = "";

    public string NewMark { get; init; } = "";

    public string UpdatedMark { get; init; } = "";

    public static ReaderText For(string language) => language == "de" ? De : En;

    private static readonly Dictionary<string, string> GermanCategories = new(StringComparer.Ordinal)
    {
        ["politics"] = "Politik",
        ["business"] = "Wirtschaft",
        ["tech"] = "Technik",
        ["science"] = "Wissenschaft",
        ["health"] = "Gesundheit",
        ["environment"] = "Umwelt",
        ["sports"] = "Sport",
        ["culture"] = "Kultur",
        ["world"] = "Welt",
        ["general"] = "Allgemeines",
    };

    /// <summary>A category of the fixed taxonomy as this language names it (the address keeps the English key).</summary>
    public string Category(string key) => ReferenceEquals(this, De) && GermanCategories.TryGetValue(key, out var name) ? name : key;
}
