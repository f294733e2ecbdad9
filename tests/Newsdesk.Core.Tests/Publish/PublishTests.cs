using Newsdesk.Core.Model;
using Newsdesk.Core.Publish;
using Newsdesk.Core.Publish.Html;
using Newsdesk.Core.Tests.Brief;
using YamlDotNet.Serialization;

namespace Newsdesk.Core.Tests.Publish;

public class PublishTests
{
    private static readonly string[] RequiredFields =
        ["title", "slug", "date", "updated", "category", "tags", "language", "translations", "sources_count", "featured", "thread", "engine", "publisher", "url"];

    [Fact]
    public void Markdown_has_yaml_front_matter_with_every_field_and_sections_in_order()
    {
        var markdown = MarkdownBriefRenderer.Render(ExtractiveBriefWriterTests.WriteFerryBrief("en"));
        var parts = markdown.Split("---\n");
        var front = new DeserializerBuilder().Build().Deserialize<Dictionary<string, object>>(parts[1]);

        foreach (var field in RequiredFields)
        {
            Assert.True(front.ContainsKey(field), $"front matter lacks {field}");
        }

        Assert.Equal("2026-06-22", front["date"]);
        var positions = new[] { "## TL;DR", "## Summary", "## Sources" }.Select(h => markdown.IndexOf(h, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order().ToList(), positions);
        Assert.Contains("sources · engine: extractive", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_pages_never_carry_markup_from_source_text()
    {
        var brief = ExtractiveBriefWriterTests.WriteFerryBrief("en");
        var hostile = brief with
        {
            FrontMatter = brief.FrontMatter with { Title = "<script>alert(1)</script><img src=x onerror=alert(2)>" },
            Sections = [new BriefSection(BriefSectionKind.TlDr, [new BriefItem("Click <a href=\"javascript:alert(3)\">here</a> <iframe src=x></iframe>", [1])]), .. brief.Sections.Skip(1)],
        };
        var html = StoryPage.Render(hostile);

        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Briefs_round_trip_through_json()
    {
        var brief = ExtractiveBriefWriterTests.WriteFerryBrief("en");
        var copy = JsonExport.Deserialize(JsonExport.Serialize(brief));

        Assert.Equal(MarkdownBriefRenderer.Render(brief), MarkdownBriefRenderer.Render(copy));
    }
}
