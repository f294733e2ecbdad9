namespace Newsdesk.Core.Extract;

/// <summary>Whether a heading on the page is the article's headline: half its words are in the page title.</summary>
internal sealed class Headline(string title)
{
    private static readonly char[] Punctuation = ['.', ',', ':', ';', '!', '?', '"', '\'', '“', '”', '„', '«', '»', '(', ')', '–', '-', '|'];

    private readonly HashSet<string> _titleWords = Words(title).ToHashSet(StringComparer.Ordinal);

    public bool IsEmpty => _titleWords.Count == 0;

    /// <summary>Titles carry the site's name and headings a kicker, so half the heading's words is enough.</summary>
    public bool Matches(string heading)
    {
        var words = Words(heading);
        return words.Count > 0 && words.Count(_titleWords.Contains) * 2 >= words.Count;
    }

    private static List<string> Words(string text) =>
        text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(Punctuation)).Where(w => w.Length > 0).ToList();
}
