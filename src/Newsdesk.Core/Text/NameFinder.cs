namespace Newsdesk.Core.Text;

/// <summary>
/// Finds multi-word capitalised names ("Harbor Valley Council", "Lena Brandt") and single capitalised words that are
/// not at a sentence start. German capitalises every noun, so single words only count when the language is English.
/// </summary>
public static class NameFinder
{
    public static IEnumerable<string> Find(string sentence, string language)
    {
        var words = Tokenizer.Words(sentence).ToList();
        var run = new List<string>();
        for (var i = 0; i <= words.Count; i++)
        {
            var word = i < words.Count ? words[i] : null;
            if (word is not null && IsNameWord(word, i, language))
            {
                run.Add(word);
                continue;
            }

            if (run.Count >= 2 || (run.Count == 1 && language != "de" && run[0].Length > 2))
            {
                yield return string.Join(' ', run);
            }

            run.Clear();
        }
    }

    private static bool IsNameWord(string word, int index, string language) =>
        char.IsUpper(word[0])
        && !(index == 0 && StopWords.IsStopWord(word.ToLowerInvariant()))
        && !StopWords.For(language).Contains(word.ToLowerInvariant())
        && !(index == 0 && language != "de" && word.Length < 4);
}
