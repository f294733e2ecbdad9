using System.Globalization;
using System.Text;
using Markdig;
using Newsdesk.Core.Brief;
using Newsdesk.Core.Model;
using static Newsdesk.Core.Publish.Html.PageLayout;

namespace Newsdesk.Core.Publish.Html;

/// <summary>
/// A brief as a page: one-click jumps to the summary, the key-term popover (a native &lt;details&gt;, so it works without
/// script) with the central term's explanation and the other stories sharing it, and the next story in the thread.
/// </summary>
public static partial class StoryPage
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static string Render(StoryBrief brief, IReadOnlyList<(string Slug, string Title)>? sharingCentralTerm = null)
    {
        var fm = brief.FrontMatter;
        var t = ReaderText.For(fm.Language);
        var body = new StringBuilder();
        body.Append($"<article class=\"brief\" data-story=\"{E(fm.Language + "/" + fm.Slug)}\" data-updated=\"{fm.Updated.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}\">\n<h1>").Append(E(fm.Title)).Append("</h1>\n");
        body.Append($"<div class=\"meta\">{fm.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} · <a href=\"/categories/{E(fm.Category)}/\">{E(t.Category(fm.Category))}</a> · ");
        body.Append(string.Join(" ", fm.Tags.Select(tag => $"<a class=\"tag\" href=\"/tags/{E(tag)}/\">#{E(tag)}</a>"))).Append("</div>\n");
        if (SectionHeadings.FollowedStory(brief) is { } follows)
        {
            body.Append($"<p class=\"meta\" id=\"follows\">{E(SectionHeadings.Follows(fm.Language))}: <a href=\"{E(SiteOptions.StoryPath(fm.Language, follows.LinkSlug!))}\">{E(follows.Text)}</a></p>\n");
        }

        body.Append("<div class=\"actions\">");
        body.Append($"<a href=\"#{SectionId(BriefSectionKind.Summary)}\" id=\"goto-summary\">{t.Summary}</a>");
        body.Append(KeyTermPopover(brief, t, sharingCentralTerm ?? []));
        // Reading order: back in the thread, then on.
        if (fm.Previous is not null)
        {
            body.Append($"<a href=\"{E(SiteOptions.StoryPath(fm.Language, fm.Previous))}\" id=\"previous-in-thread\" rel=\"prev\">← {t.Previous}</a>");
        }

        if (fm.Next is not null)
        {
            body.Append($"<a href=\"{E(SiteOptions.StoryPath(fm.Language, fm.Next))}\" id=\"next-in-thread\" rel=\"next\">{t.NextInThread} →</a>");
        }

        foreach (var (language, slug) in fm.Translations)
        {
            body.Append($"<a href=\"{E(SiteOptions.StoryPath(language, slug))}\" hreflang=\"{E(language)}\" lang=\"{E(language)}\" class=\"translation\">{(language == "de" ? "Deutsch" : "English")}</a>");
        }

        if (fm.Thread is not null)
        {
            body.Append($"<a href=\"/threads/{E(fm.Thread)}/\">{t.Thread}</a>");
        }

        if (fm.Version > 1)
        {
            body.Append($"<a href=\"{E(SiteOptions.StoryPath(fm.Language, fm.Slug))}history/\" id=\"history\">{t.History} ({t.Version} {fm.Version})</a>");
        }

        body.Append("</div>\n");
        // Each citation [n] links to its source's entry (a sentence's own brackets are escaped in the Markdown, so a bare
        // [n] is a citation), and the Sources list's items carry the ids the citations point to.
        foreach (var section in brief.Sections)
        {
            var markdown = MarkdownBriefRenderer.RenderSection(brief, section);
            var html = section.Kind == BriefSectionKind.Sources
                ? SourceIds(Markdig.Markdown.ToHtml(markdown, Markdown), brief.Sources)
                : Markdig.Markdown.ToHtml(Citation().Replace(markdown, @"[\[$1\]](#source-$1)"), Markdown);
            body.Append($"<section id=\"{SectionId(section.Kind)}\">").Append(html).Append("</section>\n");
        }

        body.Append("</article>\n");
        body.Append("<p class=\"meta\">").Append(E(SectionHeadings.Footer(Math.Max(fm.SourcesCount, brief.Sources.Count), fm.Engine, fm.Updated, fm.Language))).Append("</p>\n");
        return PageLayout.Render(fm.Title, body.ToString(), fm.Publisher, fm.Language);
    }

    /// <summary>A citation in a brief's Markdown: [n] not escaped and not the text of a link.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\\)\[(\d{1,3})\](?!\()")]
    private static partial System.Text.RegularExpressions.Regex Citation();

    /// <summary>The Sources list's items, in number order, given the ids citations link to.</summary>
    private static string SourceIds(string html, IReadOnlyList<BriefSource> sources)
    {
        var result = new StringBuilder(html.Length + (sources.Count * 20));
        var (at, index) = (0, 0);
        for (int next; index < sources.Count && (next = html.IndexOf("<li>", at, StringComparison.Ordinal)) >= 0; index++)
        {
            result.Append(html, at, next - at).Append($"<li id=\"source-{sources[index].Number}\">");
            at = next + "<li>".Length;
        }

        return result.Append(html, at, html.Length - at).ToString();
    }

    /// <summary>A section's element id ("summary", "key-terms"), the same in every language.</summary>
    public static string SectionId(BriefSectionKind kind) => SlugBuilder.Slugify(string.Concat(kind.ToString().Select(c => char.IsUpper(c) ? "-" + c : c.ToString())));

    /// <summary>The tag under which other briefs carry this brief's central term.</summary>
    public static string? CentralTag(StoryBrief brief) =>
        brief.Section(BriefSectionKind.KeyTerms)?.Items.FirstOrDefault()?.Label is { } term ? SlugBuilder.Slugify(term) : null;

    private static string KeyTermPopover(StoryBrief brief, ReaderText t, IReadOnlyList<(string Slug, string Title)> sharing)
    {
        var central = brief.Section(BriefSectionKind.KeyTerms)?.Items.FirstOrDefault();
        if (central is null)
        {
            return "";
        }

        var popover = new StringBuilder($"<details class=\"key-term\" id=\"key-term\"><summary id=\"goto-key-term\">{t.KeyTerm}</summary><div class=\"popover\" role=\"note\">");
        popover.Append($"<p><strong>{E(central.Label)}</strong>");
        if (central.Text.Length > 0)
        {
            popover.Append(" — ").Append(E(central.Text)).Append(string.Concat(central.Citations.Select(n => $" [{n}]")));
        }

        popover.Append("</p>");
        if (sharing.Count > 0)
        {
            popover.Append($"<p class=\"meta\">{t.AlsoIn}:</p><ul>");
            popover.Append(string.Concat(sharing.Select(s => $"<li><a href=\"{E(SiteOptions.StoryPath(brief.FrontMatter.Language, s.Slug))}\">{E(s.Title)}</a></li>")));
            popover.Append("</ul>");
        }

        return popover.Append("</div></details>").ToString();
    }
}
