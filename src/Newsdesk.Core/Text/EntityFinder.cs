namespace Newsdesk.Core.Text;

/// <summary>
/// Collects language-neutral anchors of a text: capitalised words that are not sentence openers or stop words
/// (names of people, places, organisations, products — the same in an English and a German report), and figures
/// as bare digits ("8.5 percent" and "8,5 Prozent" both give "#85").
/// </summary>
public static class EntityFinder
{
    public static IReadOnlySet<string> Find(string title, IEnumerable<string> sentences)
    {
        var entities = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in sentences.Prepend(title))
        {
            var first = true;
            foreach (var word in Tokenizer.Words(sentence))
            {
                if (char.IsDigit(word[0]))
                {
                    var digits = TextAnalyzer.NormalizeFigure(word);
                    if (digits.Length >= 2)
                    {
                        entities.Add("#" + digits);
                    }
                }
                else if (!first && char.IsUpper(word[0]) && word.Length >= 3 && !StopWords.IsStopWord(word.ToLowerInvariant()))
                {
                    entities.Add(Tokenizer.Fold(word));
                }

                first = false;
            }
        }

        return entities;
    }
}
