using Newsdesk.Core.Text;

namespace Newsdesk.Core.Brief;

/// <summary>
/// Picks the story's headline in one language: the source title that covers most of the story's key terms
/// (not simply the first source's), cleaned of a trailing " | Outlet" or " - Outlet" suffix. A title the source cut
/// short (a feed or a page title truncated mid-word, "… Then stomach cra", or after a function word, "… on April 15,
/// the") ranks after complete ones, and where it is the only one it ends at its last whole word, marked "…".
/// </summary>
public static class HeadlineChooser
{
    public static string Choose(IReadOnlyList<ArticleAnalysis> articles, IReadOnlySet<string> keyTermKeys)
    {
        var best = articles
            .Select(a => (Title: Clean(a.Article.Title), Article: a))
            .Select(x => (x.Title, x.Article, Cut: IsCut(x.Title, () => x.Article.Article.Text, x.Article.Language),
                Coverage: x.Article.TitleTerms.Count(keyTermKeys.Contains) + 0.1 * x.Article.TitleTerms.Count(t => x.Article.TermCounts.ContainsKey(t))))
            .OrderBy(x => x.Cut)
            .ThenByDescending(x => x.Coverage)
            .ThenBy(x => x.Title.Length)
            .ThenBy(x => x.Title, StringComparer.Ordinal)
            .First();
        // The article's text (its paragraphs joined) only for a title that needs mending.
        return best.Cut ? Complete(best.Title, best.Article.Article.Text, best.Article.Language) : best.Title;
    }

    /// <summary>Whether the title was cut short: its last word is a fragment of a word the text has ("cra" of
    /// "cramps"), or it ends on a function word or a comma.</summary>
    public static bool IsCut(string title, string text, string language) => IsCut(title, () => text, language);

    /// <inheritdoc cref="IsCut(string, string, string)"/>
    /// <param name="title">The title as shown.</param>
    /// <param name="text">The source's text, asked for only when the title's last word may be a fragment.</param>
    /// <param name="language">"en" or "de".</param>
    public static bool IsCut(string title, Func<string> text, string language)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3 || title.EndsWith('…') || title.EndsWith("...", StringComparison.Ordinal))
        {
            return false; // already marked as shortened by its source
        }

        var last = words[^1];
        if (last.EndsWith(',') || last.EndsWith(';') || Dangling(last, language))
        {
            return true;
        }

        return last.Length >= 3 && !StopWords.IsStopWord(last.ToLowerInvariant()) && IsFragment(last, text());
    }

    /// <summary>A word cut short: not a word of the text, but the start of one ("cra" of "cramps"). Short and
    /// function words ("zu" beside "zukommt", "off" beside "officials") are whole words however the text uses them.</summary>
    private static bool IsFragment(string word, string text) =>
        word.Length >= 3 && word.All(char.IsLetter) && !StopWords.IsStopWord(word.ToLowerInvariant()) && !WordSearch.HasWord(text, word, StringComparison.OrdinalIgnoreCase) && WordSearch.HasWordStartingWith(text, word, StringComparison.OrdinalIgnoreCase);

    /// <summary>A cut title ended at its last whole content word, with "…": "Tests found salmonella. Then stomach…".</summary>
    public static string Complete(string title, string text, string language)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 0 && IsFragment(words[^1], text))
        {
            words.RemoveAt(words.Count - 1);
        }

        while (words.Count > 1 && Dangling(words[^1].TrimEnd(',', ';', ':'), language))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words).TrimEnd(',', ';', ':', ' ') + "…";
    }

    /// <summary>Words a finished headline never ends on: articles, prepositions that need their noun, conjunctions,
    /// possessives. (German separable particles — "zu", "an", "aus" — end headlines and are left out.)</summary>
    private static readonly HashSet<string> DanglingEnglish = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "into", "and", "or", "but", "as", "than",
        "that", "which", "who", "his", "her", "its", "their", "our", "my", "your", "is", "are", "was", "were", "will", "would",
        "has", "have", "had", "be", "after", "before", "about",
    };

    private static readonly HashSet<string> DanglingGerman = new(StringComparer.Ordinal)
    {
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "und", "oder", "aber", "dass",
        "für", "von", "vom", "zum", "zur", "im", "am", "beim", "bei", "sein", "seine", "ihr", "ihre",
    };

    private static bool Dangling(string word, string language) => (language == "de" ? DanglingGerman : DanglingEnglish).Contains(word.ToLowerInvariant());

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
