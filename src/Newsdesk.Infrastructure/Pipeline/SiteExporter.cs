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
    /// After a build: writes the Markdown files and site pages of the briefs that were written, removes those of briefs
    /// that are gone, and refreshes the pages that list them (home, language and featured lists, their categories,
    /// days, tags and threads, the feeds). Every other file is left as it is. Returns the files written and removed.
    /// </summary>
    public (int Written, int Removed) Publish(BuildReport build, string briefsDir, string siteDir)
    {
        var pages = new ReaderSite(store, site, keepsFeedEntries: true, language: site.Language);
        if (!Directory.Exists(siteDir) || !File.Exists(Path.Combine(siteDir, "index.html")))
        {
            return PublishAll(build, briefsDir, siteDir); // a first run, or a site folder someone removed
        }

        var removed = 0;
        foreach (var gone in build.Gone)
        {
            removed += Remove(briefsDir, siteDir, gone);
        }

        Write(siteDir, "sources/index.html", pages.Sources());
        var written = 1;
        if (build.Written.Count + build.Gone.Count == 0)
        {
            return (written, removed);
        }

        foreach (var brief in build.Written)
        {
            Write(briefsDir, MarkdownBriefRenderer.FileName(brief.FrontMatter), MarkdownBriefRenderer.Render(brief));
            var page = pages.Story(brief.FrontMatter.Language, brief.FrontMatter.Slug);
            if (page is not null)
            {
                Write(siteDir, SiteOptions.StoryPath(brief.FrontMatter.Language, brief.FrontMatter.Slug).Trim('/') + "/index.html", page);
                written += 2;
            }
        }

        foreach (var (path, render) in Indexes(pages, build.Touched))
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

        return (written, removed);
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

    /// <summary>Every brief's Markdown file and the whole site written again; the files of briefs that are gone removed.</summary>
    public (int Written, int Removed) PublishAll(BuildReport build, string briefsDir, string siteDir) =>
        (Export(ExportFormat.Md, briefsDir) + Export(ExportFormat.Html, siteDir), build.Gone.Sum(gone => Remove(briefsDir, siteDir, gone)));

    /// <summary>Removes the Markdown file and the page of a brief that is gone.</summary>
    public static int Remove(string briefsDir, string siteDir, BriefPlace gone) =>
        Delete(briefsDir, $"{gone.Slug}.{gone.Language}.md") + Delete(siteDir, SiteOptions.StoryPath(gone.Language, gone.Slug).Trim('/') + "/index.html");

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
            Put(SiteOptions.StoryPath(place.Language, place.Slug).Trim('/') + "/index.html", pages.Story(place.Language, place.Slug));
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
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Write beside, then move: a reader of the site never sees a half-written page.
        var temp = path + ".tmp";
        File.WriteAllText(temp, content);
        File.Move(temp, path, overwrite: true);
    }
}
