using System.Text;
using static Newsdesk.Core.Publish.Html.PageLayout;

namespace Newsdesk.Core.Publish.Html;

/// <summary>All tags, most used first, each linking to its tag page.</summary>
public static class TagsPage
{
    public static string Render(IEnumerable<(string Tag, int Count)> tags, string publisher, string language = "en")
    {
        var t = ReaderText.For(language);
        var body = new StringBuilder($"<h1>{t.Tags}</h1>\n<ul class=\"tags\">\n");
        foreach (var (tag, count) in tags)
        {
            body.Append($"<li><a href=\"/tags/{E(tag)}/\">#{E(tag)}</a> <span class=\"meta\">{count}</span></li>\n");
        }

        return PageLayout.Render(t.Tags, body.Append("</ul>\n").ToString(), publisher, language);
    }
}
