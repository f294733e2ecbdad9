using System.Text.Json;
using Newsdesk.Core.Brief;
using Newsdesk.Core.Ingest;
using Newsdesk.Core.Publish;
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
        var pages = new ReaderSite(store, site);
        if (!Directory.Exists(siteDir) || !File.Exists(Path.Combine(siteDir, "index.html")))
        {
            // A first run, or a site folder someone removed: everything.
            var all = Export(ExportFormat.Md, briefsDir) + Export(ExportFormat.Html, siteDir);
            return (all, 0);
        }

        var files = new Dictionary<string, string?> { ["sources/index.html"] = pages.Sources() };
        var removed = 0;
        foreach (var gone in build.Gone)
        {
            removed += Remove(briefsDir, siteDir, gone);
        }

        if (build.Written.Count + build.Gone.Count == 0)
        {
            Write(siteDir, "sources/index.html", files["sources/index.html"]!);
            return (1, removed);
        }

        foreach (var brief in build.Written)
        {
            Write(briefsDir, MarkdownBriefRenderer.FileName(brief.FrontMatter), MarkdownBriefRenderer.Render(brief));
            files[SiteOptions.StoryPath(brief.FrontMatter.Language, brief.FrontMatter.Slug).Trim('/') + "/index.html"] = pages.Story(brief.FrontMatter.Language, brief.FrontMatter.Slug);
        }

        AddIndexes(files, pages, build.Touched);
        foreach (var (path, content) in files)
        {
            if (content is null)
            {
                removed += Delete(siteDir, path); // a tag, day or thread that no brief shows any more
            }
            else
            {
                Write(siteDir, path, content);
            }
        }

        return (build.Written.Count + files.Count(f => f.Value is not null), removed);
    }

    private static void AddIndexes(Dictionary<string, string?> files, ReaderSite pages, IReadOnlyList<BriefPlace> touched)
    {
        files["index.html"] = pages.Home();
        files["featured/index.html"] = pages.Featured();
        files["en/index.html"] = pages.Language("en");
        files["de/index.html"] = pages.Language("de");
        files["tags/index.html"] = pages.Tags();
        files["digest/index.html"] = pages.Digest();
        files["feed.xml"] = pages.Feed("rss");
        files["atom.xml"] = pages.Feed("atom");
        files["feed.json"] = pages.Feed("json");
        foreach (var category in touched.Select(p => p.Category).Distinct(StringComparer.Ordinal))
        {
            files[$"categories/{category}/index.html"] = pages.Category(category);
            files[$"categories/{category}/feed.xml"] = pages.Feed("rss", category);
            files[$"categories/{category}/atom.xml"] = pages.Feed("atom", category);
            files[$"categories/{category}/feed.json"] = pages.Feed("json", category);
        }

        foreach (var day in touched.Select(p => p.Date).Distinct())
        {
            var date = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            files[$"digest/{date}/index.html"] = pages.Digest(date);
        }

        foreach (var tag in touched.SelectMany(p => p.Tags).Distinct(StringComparer.Ordinal))
        {
            files[$"tags/{tag}/index.html"] = pages.Tag(tag);
        }

        foreach (var thread in touched.Select(p => p.Thread).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            files[$"threads/{thread}/index.html"] = pages.Thread(thread);
        }
    }

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
        var briefs = store.Briefs.List();
        foreach (var brief in briefs)
        {
            Write(outDir, MarkdownBriefRenderer.FileName(brief.FrontMatter), MarkdownBriefRenderer.Render(brief));
        }

        return briefs.Count;
    }

    private int ExportHtml(string outDir)
    {
        var pages = new ReaderSite(store, site);
        var briefs = store.Briefs.List();
        var files = new Dictionary<string, string?>
        {
            ["assets/site.css"] = ReaderAssets.Stylesheet,
            ["assets/reader.js"] = ReaderAssets.Script,
            ["index.html"] = pages.Home(),
            ["featured/index.html"] = pages.Featured(),
            ["en/index.html"] = pages.Language("en"),
            ["de/index.html"] = pages.Language("de"),
            ["tags/index.html"] = pages.Tags(),
            ["sources/index.html"] = pages.Sources(),
            ["digest/index.html"] = pages.Digest(),
            ["feed.xml"] = pages.Feed("rss"),
            ["atom.xml"] = pages.Feed("atom"),
            ["feed.json"] = pages.Feed("json"),
        };
        foreach (var fm in briefs.Select(b => b.FrontMatter))
        {
            files[SiteOptions.StoryPath(fm.Language, fm.Slug).Trim('/') + "/index.html"] = pages.Story(fm.Language, fm.Slug);
        }

        // Each category, tag and day once, however many briefs share it.
        foreach (var category in briefs.Select(b => b.FrontMatter.Category).Distinct(StringComparer.Ordinal))
        {
            files[$"categories/{category}/index.html"] = pages.Category(category);
            files[$"categories/{category}/feed.xml"] = pages.Feed("rss", category);
            files[$"categories/{category}/atom.xml"] = pages.Feed("atom", category);
            files[$"categories/{category}/feed.json"] = pages.Feed("json", category);
        }

        foreach (var day in briefs.Select(b => b.FrontMatter.Date).Distinct())
        {
            var date = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            files[$"digest/{date}/index.html"] = pages.Digest(date);
        }

        foreach (var tag in briefs.SelectMany(b => b.FrontMatter.Tags).Distinct(StringComparer.Ordinal))
        {
            files[$"tags/{tag}/index.html"] = pages.Tag(tag);
        }

        foreach (var thread in store.Stories.Threads())
        {
            files[$"threads/{thread.Id}/index.html"] = pages.Thread(thread.Id);
        }

        foreach (var (path, content) in files.Where(f => f.Value is not null))
        {
            Write(outDir, path, content!);
        }

        return files.Count(f => f.Value is not null);
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
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Write beside, then move: a reader of the site never sees a half-written page.
        var temp = path + ".tmp";
        File.WriteAllText(temp, content);
        File.Move(temp, path, overwrite: true);
    }
}
