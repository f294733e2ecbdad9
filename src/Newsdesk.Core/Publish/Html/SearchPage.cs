using System.Text;
using static Newsdesk.Core.Publish.Html.PageLayout;

namespace Newsdesk.Core.Publish.Html;

/// <summary>Full-text search results with highlighted snippets. The snippet is encoded first; only our markers become &lt;mark&gt;.</summary>
public static class SearchPage
{
    public static string Render(string query, IEnumerable<(BriefCard Card, string Snippet)> hits, char markStart, char markEnd, string publisher, string language = "en")
    {
        var t = ReaderText.For(language);
        var body = new StringBuilder($"<h1>{t.Search}: {E(query)}</h1>\n<ol class=\"story-list\">\n");
        var any = false;
        foreach (var (card, snippet) in hits)
        {
            any = true;
            var highlighted = E(Plain(snippet)).Replace(markStart.ToString(), "<mark>", StringComparison.Ordinal).Replace(markEnd.ToString(), "</mark>", StringComparison.Ordinal);
            body.Append(StoryListPage.Item(card, language, highlighted));
        }

        body.Append("</ol>\n");
        if (!any)
        {
            body.Append($"<p>{t.NoResults}</p>\n");
        }

        return PageLayout.Render($"{t.Search}: {query}", body.ToString(), publisher, language);
    }

    /// <summary>Snippets come from the brief's Markdown: drop its escapes and markup characters so they read as text.</summary>
    private static string Plain(string markdown) =>
        markdown.Replace("\\", "", StringComparison.Ordinal).Replace("**", "", StringComparison.Ordinal).Replace("## ", "", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
