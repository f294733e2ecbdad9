using System.Globalization;
using System.Text;
using static Newsdesk.Core.Publish.Html.PageLayout;

namespace Newsdesk.Core.Publish.Html;

/// <summary>One day's briefs, featured first, with links to the other days.</summary>
public static class DigestPage
{
    public static string Render(DateOnly day, IEnumerable<BriefCard> briefs, IEnumerable<DateOnly> days, string publisher, string language = "en")
    {
        var t = ReaderText.For(language);
        var date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var body = new StringBuilder($"<h1>{t.Digest}: {date}</h1>\n<nav class=\"days\" aria-label=\"Days\">");
        body.Append(string.Join(" ", days.Select(d => d == day
            ? $"<strong>{d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}</strong>"
            : $"<a href=\"/digest/{d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}/\">{d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}</a>")));
        body.Append("</nav>\n<ol class=\"story-list\">\n");
        foreach (var brief in briefs.OrderByDescending(b => b.Importance).ThenBy(b => b.Language, StringComparer.Ordinal))
        {
            body.Append(StoryListPage.Item(brief, language));
        }

        return PageLayout.Render($"{t.Digest} {E(date)}", body.Append("</ol>\n").ToString(), publisher, language);
    }
}
