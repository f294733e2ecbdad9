using System.Text.Json;
using Newsdesk.Core.Brief;
using Newsdesk.Core.Ingest;
using Newsdesk.Core.Publish;
using Newsdesk.Core.Publish.Html;
using Newsdesk.Infrastructure.Config;
using Newsdesk.Infrastructure.Publishing;
using Newsdesk.Infrastructure.Storage;

namespace Newsdesk.Infrastructure.Pipeline;

/// <summary>
/// Publish: writes the stored briefs as Markdown files, a static HTML site (the live reader's pages at the same
/// paths, every list on one page) or JSON. Returns the number of files written.
/// </summary>
public sealed class SiteExporter(NewsStore store, SiteSettings site)
{
    public int Export(ExportFormat format, string outDir)
    {
        Directory.CreateDirectory(outDir);
        return format switch
        {
            ExportFormat.Md => ExportMarkdown(outDir),
            ExportFormat.Html => ExportHtml(outDir),
            ExportFormat.Json => ExportJson(outDir),
            ExportFormat.Opml => ExportOpml(outDir),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
    }

    /// <summary>
    /// After a build: publishes what the publish journal owes — the Markdown files and pages of the briefs of each noted
    /// story (its history page too, from a second version on), the files of its briefs that are gone, and the pages that
    /// list them before and after (home, language and featured lists, their categories, days, tags and threads, the
    /// feeds). Every other file is left as it is. Each entry is taken off only once all its files are written, so a run
    /// stopped here, or a write that failed (a full disk), leaves the rest for the next run. Returns the files written
    /// and removed.
    /// </summary>
    public (int Written, int Removed) Publish(string briefsDir, string siteDir)
    {
        if (!Directory.Exists(siteDir) || !File.Exists(Path.Combine(siteDir, "index.html")))
        {
            return PublishAll(briefsDir, siteDir); // a first run, or a site folder someone removed
        }

        var entries = store.Journal.Pending(BuildJournal.Publish);
        var pages = new ReaderSite(store, site, keepsFeedEntries: true, language: site.Language);
        Write(siteDir, "sources/index.html", pages.Sources());
        var written = 1;
        if (entries.Count == 0)
        {
            return (written, 0);
        }

        var current = store.Briefs.Places(entries.Select(e => e.Key));
        var before = Before(entries);
        var removed = RemoveGone(briefsDir, siteDir, before, current);
        foreach (var place in current)
        {
            written += WriteBrief(pages, place, briefsDir, siteDir);
        }

        foreach (var (path, render) in Indexes(pages, [.. before, .. current]))
        {
            if (render() is { } content)
            {
                Write(siteDir, path, content);
                written++;
            }
            else
            {
                removed += Delete(siteDir, path); // a tag, day or thread that no brief shows any more
            }
        }

        store.Journal.Done(BuildJournal.Publish, entries);
        return (written, removed);
    }

    /// <summary>Where the noted stories' briefs were shown before the builds that noted them.</summary>
    private static List<BriefPlace> Before(IEnumerable<JournalEntry> entries) =>
        entries.SelectMany(e => (e.Detail ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries)).Select(BriefPlace.Parse).OfType<BriefPlace>().ToList();

    /// <summary>Removes the files of briefs shown before and gone now, unless another brief took their address since.</summary>
    private int RemoveGone(string briefsDir, string siteDir, IReadOnlyList<BriefPlace> before, IReadOnlyList<BriefPlace> current)
    {
        var now = current.Select(p => (p.Language, p.Slug)).ToHashSet();
        return before.Where(p => !now.Contains((p.Language, p.Slug))).DistinctBy(p => (p.Language, p.Slug))
            .Where(p => !store.Briefs.SlugTaken(p.Language, p.Slug)).Sum(p => Remove(briefsDir, siteDir, p));
    }

    /// <summary>A brief's Markdown file, its page and (from a second version on) its history page.</summary>
    private int WriteBrief(ReaderSite pages, BriefPlace place, string briefsDir, string siteDir)
    {
        if (store.Briefs.Find(place.Language, place.Slug) is not { } brief)
        {
            return 0;
        }

        var written = 0;
        Write(briefsDir, MarkdownBriefRenderer.FileName(brief.FrontMatter), MarkdownBriefRenderer.Render(brief));
        var root = SiteOptions.StoryPath(place.Language, place.Slug).Trim('/');
        if (pages.Story(place.Language, place.Slug) is { } page)
        {
            Write(siteDir, root + "/index.html", page);
            written += 2;
        }

        if (pages.History(place.Language, place.Slug) is { } history)
        {
            Write(siteDir, root + "/history/index.html", history);
            written++;
        }

        if (pages.StorySources(place.Language, place.Slug) is { } sources)
        {
            Write(siteDir, root + "/sources/index.html", sources);
            written++;
        }

        return written;
    }

    /// <summary>The list pages, feeds and digests that show the given briefs, each rendered only when it is written.</summary>
    private static IEnumerable<(string Path, Func<string?> Render)> Indexes(ReaderSite pages, IReadOnlyList<BriefPlace> touched)
    {
        yield return ("index.html", () => pages.Home());
        yield return ("featured/index.html", () => pages.Featured());
        yield return ("en/index.html", () => pages.Language("en"));
        yield return ("de/index.html", () => pages.Language("de"));
        yield return ("tags/index.html", pages.Tags);
        yield return ("digest/index.html", () => pages.Digest());
        // The three feeds of a list come from one read of its newest briefs.
        var feeds = pages.Feeds();
        yield return ("feed.xml", () => feeds.Rss);
        yield return ("atom.xml", () => feeds.Atom);
        yield return ("feed.json", () => feeds.Json);
        foreach (var category in touched.Select(p => p.Category).Distinct(StringComparer.Ordinal))
        {
            yield return ($"categories/{category}/index.html", () => pages.Category(category));
            var of = pages.Feeds(category);
            yield return ($"categories/{category}/feed.xml", () => of.Rss);
            yield return ($"categories/{category}/atom.xml", () => of.Atom);
            yield return ($"categories/{category}/feed.json", () => of.Json);
        }

        foreach (var day in touched.Select(p => p.Date).Distinct())
        {
            var date = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            yield return ($"digest/{date}/index.html", () => pages.Digest(date));
        }

        foreach (var tag in touched.SelectMany(p => p.Tags).Distinct(StringComparer.Ordinal))
        {
            yield return ($"tags/{tag}/index.html", () => pages.Tag(tag));
        }

        foreach (var thread in touched.Select(p => p.Thread).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            yield return ($"threads/{thread}/index.html", () => pages.Thread(thread));
        }
    }

    /// <summary>Every brief's Markdown file and the whole site written again; the files of briefs that are gone removed;
    /// the publish journal met.</summary>
    public (int Written, int Removed) PublishAll(string briefsDir, string siteDir)
    {
        var entries = store.Journal.Pending(BuildJournal.Publish);
        var removed = RemoveGone(briefsDir, siteDir, Before(entries), store.Briefs.Places(entries.Select(e => e.Key)));
        var written = Export(ExportFormat.Md, briefsDir) + Export(ExportFormat.Html, siteDir);
        store.Journal.Done(BuildJournal.Publish, entries);
        return (written, removed);
    }

    /// <summary>Removes the Markdown file, the page and the history page of a brief that is gone.</summary>
    public static int Remove(string briefsDir, string siteDir, BriefPlace gone)
    {
        var root = SiteOptions.StoryPath(gone.Language, gone.Slug).Trim('/');
        return Delete(briefsDir, $"{gone.Slug}.{gone.Language}.md") + Delete(siteDir, root + "/index.html") + Delete(siteDir, root + "/history/index.html")
            + Delete(siteDir, root + "/sources/index.html");
    }

    private static int Delete(string root, string relative)
    {
        var path = Path.Combine(root, relative);
        if (!File.Exists(path))
        {
            return 0;
        }

        File.Delete(path);
        return 1;
    }

    private int ExportMarkdown(string outDir)
    {
        var count = 0;
        foreach (var brief in store.Briefs.Each())
        {
            Write(outDir, MarkdownBriefRenderer.FileName(brief.FrontMatter), MarkdownBriefRenderer.Render(brief));
            count++;
        }

        return count;
    }

    /// <summary>The whole site, one page at a time: what each brief appears in is read without the briefs themselves, and
    /// each page is rendered and written before the next, so a large archive is never held in memory.</summary>
    private int ExportHtml(string outDir)
    {
        var pages = new ReaderSite(store, site, keepsFeedEntries: true, language: site.Language);
        var places = store.Briefs.AllPlaces();
        var written = 0;
        void Put(string path, string? content)
        {
            if (content is not null)
            {
                Write(outDir, path, content);
                written++;
            }
        }

        Put("assets/site.css", ReaderAssets.Stylesheet);
        Put("assets/reader.js", ReaderAssets.Script);
        Put("sources/index.html", pages.Sources());
        foreach (var place in places)
        {
            var root = SiteOptions.StoryPath(place.Language, place.Slug).Trim('/');
            Put(root + "/index.html", pages.Story(place.Language, place.Slug));
            Put(root + "/history/index.html", pages.History(place.Language, place.Slug));
            Put(root + "/sources/index.html", pages.StorySources(place.Language, place.Slug));
        }

        foreach (var (path, render) in Indexes(pages, places))
        {
            Put(path, render());
        }

        return written;
    }

    private int ExportJson(string outDir)
    {
        Write(outDir, "briefs.json", JsonSerializer.Serialize(store.Briefs.List(), JsonExport.Options));
        return 1;
    }

    private int ExportOpml(string outDir)
    {
        Write(outDir, "subscriptions.opml", OpmlWriter.Write(store.Sources.All(), site.Publisher + " subscriptions", DateTimeOffset.UtcNow));
        return 1;
    }

    private static void Write(string root, string relative, string content)
    {
        // Pages link relatively, so the site works opened from disk or served under a sub-path.
        content = relative.EndsWith(".html", StringComparison.Ordinal) ? RelativeLinks.Rewrite(content, relative.Replace('\\', '/')) : content;
        var path = Path.Combine(root, relative);
        // Write beside, then move: a reader of the site never sees a half-written page, and a write that fails (a full
        // disk) leaves the previous file as it was and no temporary behind.
        var temp = path + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(temp, content);
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            throw new PublishException(path, ex);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Nothing more to do on a disk that refuses even this; the next run writes the file over it.
        }
        catch (UnauthorizedAccessException)
        {
            // A folder where the temporary should be, or no write access: the next run's write reports it.
        }
    }
}
