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
