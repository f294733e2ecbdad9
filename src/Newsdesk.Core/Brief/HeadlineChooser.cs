using Newsdesk.Core.Text;

namespace Newsdesk.Core.Brief;

/// <summary>
/// Picks the story's headline in one language: the source title that covers most of the story's key terms
/// (not simply the first source's), cleaned of a trailing " | Outlet" or " - Outlet" suffix.
/// </summary>
public static class HeadlineChooser
{
    public static string Choose(IReadOnlyList<ArticleAnalysis> articles, IReadOnlySet<string> keyTermKeys)
    {
        var best = articles
            .Select(a => (Title: Clean(a.Article.Title), Coverage: a.TitleTerms.Count(keyTermKeys.Contains) + 0.1 * a.TitleTerms.Count(t => a.TermCounts.ContainsKey(t))))
            .OrderByDescending(x => x.Coverage)
            .ThenBy(x => x.Title.Length)
            .ThenBy(x => x.Title, StringComparer.Ordinal)
            .First();
        return best.Title;
    }

    public static string Clean(string title)
    {
        foreach (var separator in new[] { " | ", " – ", " - ", " :: " })
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 20 && title.Length - at < 30)
            {
                return title[..at].Trim();
            }
        }

        return title.Trim();
    }
}
