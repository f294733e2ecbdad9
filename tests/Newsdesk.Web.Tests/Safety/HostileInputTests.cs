using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Markdig;
using Newsdesk.Infrastructure.Pipeline;
using Newsdesk.Infrastructure.Storage;

namespace Newsdesk.Web.Tests.Safety;

/// <summary>
/// A feed item full of scripts, event handlers, javascript: links, iframes and CSS expressions must come out as
/// harmless text or not at all — on every reader page, every feed, the API, and every export format.
/// </summary>
public partial class HostileInputTests(HostileSite site) : IClassFixture<HostileSite>
{
    [Fact]
    public async Task Every_reader_page_and_api_answer_is_free_of_active_markup()
    {
        using var list = JsonDocument.Parse(await site.GetStringAsync("/api/stories"));
        var brief = Assert.Single(list.RootElement.GetProperty("stories").EnumerateArray());
        var slug = brief.GetProperty("slug").GetString()!;
        var thread = brief.GetProperty("thread").GetString()!;
        var category = brief.GetProperty("category").GetString()!;
        var tags = brief.GetProperty("tags").EnumerateArray().Select(t => t.GetString()!).ToList();
        Assert.Contains("Kestrel", brief.GetProperty("title").GetString(), StringComparison.Ordinal);

        var paths = new List<string>
        {
            "/", "/en/", "/featured/", "/tags/", "/sources/", "/digest/", "/digest/2026-06-22/", $"/categories/{category}/",
            $"/en/{slug}/", $"/threads/{thread}/", "/search?q=Kestrel", "/search?q=%3Cscript%3E",
            "/api/stories", $"/api/stories/{slug}", $"/api/threads/{thread}", "/api/search?q=Kestrel", "/api/openapi/v1.json",
        };
        paths.AddRange(tags.Select(t => $"/tags/{t}/"));
        foreach (var path in paths)
        {
            AssertInert(path, await site.GetStringAsync(path));
        }
    }

    [Fact]
    public async Task Feeds_of_the_briefs_carry_only_sanitized_html()
    {
        foreach (var path in new[] { "/feed.xml", "/atom.xml" })
        {
            var xml = await site.GetStringAsync(path);
            AssertInert(path, xml);
            var html = XDocument.Parse(xml).Descendants().Where(e => e.Name.LocalName is "description" or "content").Select(e => e.Value).ToList();
            Assert.NotEmpty(html);
            Assert.All(html, h => AssertInert(path + " (decoded html)", h));
        }

        using var json = JsonDocument.Parse(await site.GetStringAsync("/feed.json"));
        var item = Assert.Single(json.RootElement.GetProperty("items").EnumerateArray());
        AssertInert("/feed.json content_html", item.GetProperty("content_html").GetString()!);
    }

    [Fact]
    public void Every_export_format_is_inert()
    {
        using var store = NewsStore.Open(site.Settings.DatabasePath);
        var exporter = new SiteExporter(store, site.Settings.Site);
        var root = Directory.CreateTempSubdirectory("newsdesk-hostile-").FullName;
        try
        {
            foreach (var format in Enum.GetValues<ExportFormat>())
            {
                exporter.Export(format, Path.Combine(root, format.ToString()));
            }

            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".js", StringComparison.Ordinal)))
            {
                var text = File.ReadAllText(file);
                // In Markdown "\<" is an escaped, literal "<": text, not the start of a tag.
                AssertInert(file, file.EndsWith(".md", StringComparison.Ordinal) ? text.Replace("\\<", "&lt;", StringComparison.Ordinal) : text);
                if (file.EndsWith(".md", StringComparison.Ordinal))
                {
                    // Rendered by an ordinary Markdown renderer that lets raw HTML through, the brief still must not become markup.
                    AssertInert(file + " (rendered)", Markdown.ToHtml(text));
                    Assert.Contains("Kestrel", text, StringComparison.Ordinal);
                }
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void AssertInert(string where, string text)
    {
        foreach (Match script in ScriptTag().Matches(text))
        {
            // Our one script: at the root in the live reader, relative to the page in the static export.
            Assert.True(OwnScript().IsMatch(script.Value), $"{where}: {script.Value}");
        }

        Assert.False(ActiveTag().IsMatch(text), $"{where}: {ActiveTag().Match(text).Value}");
        Assert.False(EventHandler().IsMatch(text), $"{where}: {EventHandler().Match(text).Value}");
        Assert.False(JavascriptUrl().IsMatch(text), $"{where}: {JavascriptUrl().Match(text).Value}");
        Assert.False(CssExpression().IsMatch(text), $"{where}: {CssExpression().Match(text).Value}");
    }

    [GeneratedRegex("<script[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    [GeneratedRegex("^<script src=\"(?:/|(?:\\.\\./)*)assets/reader\\.js\"")]
    private static partial Regex OwnScript();

    [GeneratedRegex("<(iframe|object|embed|style|img|svg|frame|base)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex ActiveTag();

    [GeneratedRegex("<[a-z][^>]*\\son[a-z]+\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();

    [GeneratedRegex("<[a-z][^>]*(href|src|action)\\s*=\\s*[\"']?\\s*javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex JavascriptUrl();

    [GeneratedRegex("<[a-z][^>]*style\\s*=[^>]*expression\\(", RegexOptions.IgnoreCase)]
    private static partial Regex CssExpression();
}
