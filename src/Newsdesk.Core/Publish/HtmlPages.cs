using System.Globalization;
using System.Net;
using System.Text;
using Markdig;
using Newsdesk.Core.Brief;
using Newsdesk.Core.Model;

namespace Newsdesk.Core.Publish;

/// <summary>
/// The reader's pages as plain server-rendered HTML, shared by the live reader and the static export.
/// Every value is HTML-encoded and Markdown is rendered with raw HTML disabled, so source text can never become markup.
/// </summary>
public static class HtmlPages
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static string Stylesheet
    {
        get
        {
            using var stream = typeof(HtmlPages).Assembly.GetManifestResourceStream("Newsdesk.Core.Publish.Assets.site.css")!;
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }

    public static string StoryList(string heading, IEnumerable<StoryBrief> briefs, string publisher)
    {
        var body = new StringBuilder();
        body.Append("<h1>").Append(E(heading)).Append("</h1>\n<ol class=\"story-list\">\n");
        foreach (var brief in briefs)
        {
            var fm = brief.FrontMatter;
            var tldr = brief.Section(BriefSectionKind.TlDr)?.Items.FirstOrDefault()?.Text;
            body.Append("<li>");
            if (fm.Featured)
            {
                body.Append("<span class=\"badge featured\">").Append(fm.Language == "de" ? "Top" : "Featured").Append("</span>");
            }

            body.Append($"<span class=\"badge\">{E(fm.Category)}</span><span class=\"badge\">{E(fm.Language)}</span>");
            body.Append($"<h2><a href=\"{E(SiteOptions.StoryPath(fm.Language, fm.Slug))}\">{E(fm.Title)}</a></h2>");
            body.Append($"<div class=\"meta\">{fm.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} · {fm.SourcesCount} {(fm.Language == "de" ? "Quellen" : "sources")}</div>");
            if (tldr is not null)
            {
                body.Append("<p>").Append(E(tldr)).Append("</p>");
            }

            body.Append("</li>\n");
        }

        body.Append("</ol>\n");
        return Layout(heading, body.ToString(), publisher, "en");
    }

    public static string StoryPage(StoryBrief brief)
    {
        var fm = brief.FrontMatter;
        var body = new StringBuilder();
        body.Append("<article class=\"brief\">\n<h1>").Append(E(fm.Title)).Append("</h1>\n");
        body.Append($"<div class=\"meta\">{fm.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} · {E(fm.Category)} · {string.Join(" ", fm.Tags.Select(t => "#" + E(t)))}</div>\n");
        body.Append("<div class=\"actions\">");
        body.Append($"<a href=\"#{SectionId(BriefSectionKind.Summary)}\" id=\"goto-summary\">{(fm.Language == "de" ? "Zusammenfassung" : "Summary")}</a>");
        body.Append($"<a href=\"#{SectionId(BriefSectionKind.KeyTerms)}\" id=\"goto-key-term\">{(fm.Language == "de" ? "Schlüsselbegriff" : "Key term")}</a>");
        if (fm.Next is not null)
        {
            body.Append($"<a href=\"{E(SiteOptions.StoryPath(fm.Language, fm.Next))}\" id=\"next-in-thread\" rel=\"next\">{(fm.Language == "de" ? "Nächste Meldung im Thread" : "Next story in this thread")} →</a>");
        }

        if (fm.Previous is not null)
        {
            body.Append($"<a href=\"{E(SiteOptions.StoryPath(fm.Language, fm.Previous))}\" id=\"previous-in-thread\" rel=\"prev\">← {(fm.Language == "de" ? "Vorherige" : "Previous")}</a>");
        }

        foreach (var (language, slug) in fm.Translations)
        {
            body.Append($"<a href=\"{E(SiteOptions.StoryPath(language, slug))}\" hreflang=\"{E(language)}\" class=\"translation\">{E(language.ToUpperInvariant())}</a>");
        }

        if (fm.Thread is not null)
        {
            body.Append($"<a href=\"/threads/{E(fm.Thread)}/\">Thread</a>");
        }

        body.Append("</div>\n");
        foreach (var section in brief.Sections)
        {
            body.Append($"<section id=\"{SectionId(section.Kind)}\">")
                .Append(Markdig.Markdown.ToHtml(MarkdownBriefRenderer.RenderSection(brief, section), Markdown))
                .Append("</section>\n");
        }

        body.Append("</article>\n");
        body.Append("<p class=\"meta\">").Append(E(SectionHeadings.Footer(brief.Sources.Count, fm.Engine, fm.Updated, fm.Language))).Append("</p>\n");
        return Layout(fm.Title, body.ToString(), fm.Publisher, fm.Language);
    }

    public static string ThreadPage(StoryThread thread, IEnumerable<StoryBrief> briefs, string publisher)
    {
        var body = new StringBuilder("<h1>Thread</h1>\n<ol class=\"story-list\">\n");
        foreach (var fm in briefs.Select(b => b.FrontMatter))
        {
            body.Append($"<li><div class=\"meta\">{fm.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} · {E(fm.Language)}</div><h2><a href=\"{E(SiteOptions.StoryPath(fm.Language, fm.Slug))}\">{E(fm.Title)}</a></h2></li>\n");
        }

        body.Append("</ol>\n");
        return Layout("Thread " + thread.Id, body.ToString(), publisher, "en");
    }

    /// <summary>A section's element id ("summary", "key-terms"), the same in every language.</summary>
    public static string SectionId(BriefSectionKind kind) => SlugBuilder.Slugify(string.Concat(kind.ToString().Select(c => char.IsUpper(c) ? "-" + c : c.ToString())));

    private static string Layout(string title, string body, string publisher, string language) =>
        $"""
        <!doctype html>
        <html lang="{E(language)}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{E(title)} · {E(publisher)}</title>
        <link rel="stylesheet" href="/assets/site.css">
        </head>
        <body>
        <header class="site"><a class="brand" href="/">{E(publisher)}</a>
        <nav><a href="/">All</a><a href="/en/">English</a><a href="/de/">Deutsch</a><a href="/featured/">Featured</a></nav></header>
        <main>
        {body}
        </main>
        <footer class="site">Newsdesk · self-hosted · briefs cite their sources</footer>
        </body>
        </html>
        """;

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
