using System.Text.Json;
using Newsdesk.Core.Brief;
using Newsdesk.Core.Publish;
using Newsdesk.Infrastructure.Storage;

namespace Newsdesk.Infrastructure.Pipeline;

/// <summary>
/// Publish: writes the stored briefs as Markdown files, a static HTML site (same URLs as the live reader), or JSON.
/// Returns the number of files written.
/// </summary>
public sealed class SiteExporter(NewsStore store, string publisher)
{
    public int Export(ExportFormat format, string outDir)
    {
        Directory.CreateDirectory(outDir);
        return format switch
        {
            ExportFormat.Md => ExportMarkdown(outDir),
            ExportFormat.Html => ExportHtml(outDir),
            ExportFormat.Json => ExportJson(outDir),
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
        var briefs = store.Briefs.List();
        var files = 0;
        Write(outDir, "assets/site.css", HtmlPages.Stylesheet);
        Write(outDir, "index.html", HtmlPages.StoryList("Latest stories", briefs, publisher));
        Write(outDir, "featured/index.html", HtmlPages.StoryList("Featured", briefs.Where(b => b.FrontMatter.Featured), publisher));
        files += 3;
        foreach (var language in new[] { "en", "de" })
        {
            Write(outDir, $"{language}/index.html", HtmlPages.StoryList(language == "de" ? "Aktuelle Meldungen" : "Latest stories", briefs.Where(b => b.FrontMatter.Language == language), publisher));
            files++;
        }

        foreach (var brief in briefs)
        {
            Write(outDir, SiteOptions.StoryPath(brief.FrontMatter.Language, brief.FrontMatter.Slug).Trim('/') + "/index.html", HtmlPages.StoryPage(brief));
            files++;
        }

        foreach (var thread in store.Stories.Threads())
        {
            var members = briefs.Where(b => thread.StoryIds.Contains(b.StoryId)).OrderBy(b => b.FrontMatter.Date).ThenBy(b => b.FrontMatter.Language, StringComparer.Ordinal);
            Write(outDir, $"threads/{thread.Id}/index.html", HtmlPages.ThreadPage(thread, members, publisher));
            files++;
        }

        return files;
    }

    private int ExportJson(string outDir)
    {
        var briefs = store.Briefs.List();
        Write(outDir, "briefs.json", JsonSerializer.Serialize(briefs, JsonExport.Options));
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
