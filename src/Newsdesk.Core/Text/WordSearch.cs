namespace Newsdesk.Core.Text;

/// <summary>Finds a word in a text as a whole word ("Neustedt", not inside "Neustedter"), or as the start of a longer one.</summary>
public static class WordSearch
{
    /// <summary>Whether <paramref name="text"/> has <paramref name="word"/> with no letter either side.</summary>
    public static bool HasWord(string text, string word, StringComparison comparison = StringComparison.Ordinal) =>
        Any(text, word, comparison, followedByLetter: false);

    /// <summary>Whether <paramref name="text"/> has a word that starts with <paramref name="prefix"/> and goes on ("cra" in "cramps").</summary>
    public static bool HasWordStartingWith(string text, string prefix, StringComparison comparison = StringComparison.Ordinal) =>
        Any(text, prefix, comparison, followedByLetter: true);

    private static bool Any(string text, string part, StringComparison comparison, bool followedByLetter)
    {
        for (var at = text.IndexOf(part, comparison); at >= 0; at = text.IndexOf(part, at + 1, comparison))
        {
            var end = at + part.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end < text.Length && char.IsLetter(text[end])) == followedByLetter)
            {
                return true;
            }
        }

        return false;
    }
}
