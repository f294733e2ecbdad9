using System.Globalization;
using Newsdesk.Core.Brief;
using Newsdesk.Core.Publish;
using Newsdesk.Core.Publish.Html;
using Newsdesk.Infrastructure.Config;
using Newsdesk.Infrastructure.Storage;

namespace Newsdesk.Infrastructure.Publishing;

/// <summary>
/// Every reader page and feed, rendered from the store. The live reader and the static export both call this,
/// so the two can never drift apart. A method returns null when there is no such page.
/// </summary>
/// <param name="store">Where the briefs are read.</param>
/// <param name="site">The publisher's name and address.</param>
/// <param name="keepsFeedEntries">Whether feed entries sanitized here are saved for the next publish (the exporter);
/// the live reader only reads them, so a request never waits on a build's write lock.</param>
/// <param name="language">The reader's language ("en" or "de"): lists show each story once, in it where they can, and
/// the pages' own words are in it.</param>
public sealed class ReaderSite(NewsStore store, SiteSettings site, bool keepsFeedEntries = false, string language = "en")
{
    public const int PageSize = 30;

    private string Publisher => site.Publisher;

    private ReaderText Text => ReaderText.For(language);

    public string Home(int page = 1) => List(Text.Latest, new BriefQuery { ShownIn = language, Page = page }, "/", language, "/feed.xml");

    public string Featured(int page = 1) => List(Text.Featured, new BriefQuery { ShownIn = language, FeaturedOnly = true, Page = page }, "/featured/", language, null);

    /// <summary>The list in one language, whatever the reader's (the language switch's target).</summary>
    public string? Language(string listLanguage, int page = 1) => IsLanguage(listLanguage)
        ? List(ReaderText.For(listLanguage).Latest, new BriefQuery { ShownIn = listLanguage, Page = page }, $"/{listLanguage}/", listLanguage, null)
        : null;

    public string Category(string category, int page = 1) =>
        List(Text.Category(category), new BriefQuery { ShownIn = language, Category = category, Page = page }, $"/categories/{category}/", language, $"/categories/{category}/feed.xml");

    public string Tag(string tag, int page = 1) => List("#" + tag, new BriefQuery { ShownIn = language, Tag = tag, Page = page }, $"/tags/{tag}/", language, null);

    public string Tags() => TagsPage.Render(store.Briefs.Tags(500), Publisher, language);

    public string? Story(string language, string slug)
    {
        var brief = IsLanguage(language) ? store.Briefs.Find(language, slug) : null;
        if (brief is null)
        {
            return null;
        }

        var central = StoryPage.CentralTag(brief);
        return StoryPage.Render(brief, central is null ? [] : store.Briefs.Sharing(central, language, slug));
    }

    /// <summary>A brief's versions (from its second version on; a first version has no history to show).</summary>
    public string? History(string language, string slug)
    {
        var brief = IsLanguage(language) ? store.Briefs.Find(language, slug) : null;
        return brief is null || brief.FrontMatter.Version < 2 ? null : HistoryPage.Render(brief, store.Briefs.History(brief.StoryId, language));
    }

    /// <summary>Every report of a story whose brief was written from a bounded choice of them; null for any other.</summary>
    public string? StorySources(string language, string slug)
    {
        var brief = IsLanguage(language) ? store.Briefs.Find(language, slug) : null;
        if (brief is null || brief.FrontMatter.SourcesCount <= brief.Sources.Count || store.Stories.Find([brief.StoryId]) is not [var story])
        {
            return null;
        }

        return StorySourcesPage.Render(brief, store.Articles.Listing(story.ArticleIds));
    }

    public string? Thread(string id)
    {
        var thread = store.Stories.Thread(id);
        return thread is null ? null : ThreadPage.Render(thread, store.Briefs.InThread(id), Publisher, language);
    }

    public string Search(string query) =>
        SearchPage.Render(query, string.IsNullOrWhiteSpace(query) ? [] : store.Briefs.Search(query).Select(h => (h.Card, h.Snippet)),
            SearchHit.MarkStart, SearchHit.MarkEnd, Publisher, language);

    /// <summary>The subscriptions' health; a feed address that carries credentials (basic auth) is shown without them.</summary>
    public string Sources() => SourcesPage.Render(store.Sources.Health().Select(h => (h.Source with
    {
        Url = Core.Ingest.Addresses.WithoutCredentials(h.Source.Url),
        SiteUrl = Core.Ingest.Addresses.WithoutCredentialsOrNull(h.Source.SiteUrl),
    }, h.Articles, h.Newest)), Publisher);

    /// <summary>The digest of <paramref name="day"/>, or of the newest day with briefs when none is given.</summary>
    public string? Digest(string? day = null)
    {
        var days = store.Briefs.Dates();
        DateOnly? chosen = day is null ? days.FirstOrDefault() : DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        if (chosen is not { } date || !days.Contains(date))
        {
            return null;
        }

        var (briefs, _) = store.Briefs.List(new BriefQuery { ShownIn = language, Date = date, PageSize = 500 });
        return DigestPage.Render(date, briefs, days, Publisher, language);
    }

    /// <summary>A feed of the newest briefs (all, or one category) in "rss", "atom" or "json" form.</summary>
    public string Feed(string kind, string? category = null) => Feed(kind, category, Entries(store.Briefs.Newest(category, FeedSize)));

    /// <summary>The RSS, Atom and JSON feeds of the newest briefs (all, or one category) from one read of the store.</summary>
    public (string Rss, string Atom, string Json) Feeds(string? category = null)
    {
        var entries = Entries(store.Briefs.Newest(category, FeedSize));
        return (Feed("rss", category, entries), Feed("atom", category, entries), Feed("json", category, entries));
    }

    private const int FeedSize = 50;

    /// <summary>The briefs with their entries' HTML: kept ones where the body is unchanged, the others sanitized now.</summary>
    private List<FeedEntry> Entries(IReadOnlyList<Core.Model.StoryBrief> written)
    {
        // Each item, and the links inside it, point where the site is read now (the configured or served address),
        // whatever address the brief was written for; kept entries are keyed by that address.
        var briefs = written.Select(b => site.Base.TrimEnd('/') + SiteOptions.StoryPath(b.FrontMatter.Language, b.FrontMatter.Slug) is var here && here != b.FrontMatter.Url
            ? b with { FrontMatter = b.FrontMatter with { Url = here } }
            : b).ToList();
        var bodies = briefs.Select(b => (Brief: b, Body: FeedEntryContent.Body(b))).Select(x => (x.Brief, x.Body, Hash: FeedEntryContent.Hash(x.Brief, x.Body))).ToList();
        var kept = store.FeedEntries.Find(briefs.Select(b => b.FrontMatter.Url));
        var made = new List<(string Url, string Hash, string Html)>();
        var entries = new List<FeedEntry>(bodies.Count);
        foreach (var (brief, body, hash) in bodies)
        {
            var url = brief.FrontMatter.Url;
            if (!kept.TryGetValue(url, out var entry) || entry.Hash != hash)
            {
                entry = (hash, FeedEntryContent.Html(brief, body));
                made.Add((url, hash, entry.Html));
                kept[url] = entry;
            }

            entries.Add(new FeedEntry(brief, entry.Html));
        }

        if (keepsFeedEntries)
        {
            store.FeedEntries.Save(made);
        }

        return entries;
    }

    private string Feed(string kind, string? category, IReadOnlyList<FeedEntry> entries)
    {
        var title = category is null ? Publisher : $"{Publisher}: {category}";
        var self = category is null ? "" : $"/categories/{category}";
        return kind switch
        {
            "atom" => BriefFeeds.AtomFeed(entries, title, site.Base, self + "/atom.xml"),
            "json" => BriefFeeds.JsonFeed(entries, title, site.Base, self + "/feed.json"),
            _ => BriefFeeds.Rss(entries, title, site.Base),
        };
    }

    public static string ContentType(string feedKind) => feedKind switch
    {
        "atom" => "application/atom+xml; charset=utf-8",
        "json" => "application/feed+json; charset=utf-8",
        _ => "application/rss+xml; charset=utf-8",
    };

    private string List(string heading, BriefQuery query, string basePath, string language, string? feedPath)
    {
        var (briefs, total) = store.Briefs.List(query with { PageSize = PageSize });
        return StoryListPage.Render(heading, briefs, Publisher, language, query.Page, total, PageSize, basePath, feedPath);
    }

    /// <summary>Whether the reader serves pages in this language (English and German).</summary>
    public static bool IsLanguage(string? language) => language is "en" or "de";
}
