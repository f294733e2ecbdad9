using Newsdesk.Core.Text;

namespace Newsdesk.Core.Llm;

/// <summary>What one source can vouch for, normalised for matching: its words (folded), numbers (canonical),
/// months and weekdays (as language-neutral concepts) and its running text (for quotes).</summary>
public sealed class SourceFacts
{
    private SourceFacts(string language, HashSet<string> tokens, HashSet<string> words, HashSet<string> numbers, IReadOnlySet<string> calendar, string phrase)
    {
        Language = language;
        Tokens = tokens;
        Words = words;
        Numbers = numbers;
        Calendar = calendar;
        Phrase = phrase;
    }

    public string Language { get; }

    /// <summary>The folded words as written (a hyphenated word is one token).</summary>
    public IReadOnlySet<string> Tokens { get; }

    /// <summary>The tokens and the parts of hyphenated ones: what a name is looked up in.</summary>
    public IReadOnlySet<string> Words { get; }
    public IReadOnlySet<string> Numbers { get; }
    public IReadOnlySet<string> Calendar { get; }

    /// <summary>The folded tokens joined by single spaces, with a space at each end.</summary>
    public string Phrase { get; }

    public static SourceFacts Of(string text, string language)
    {
        var tokens = Tokenizer.Words(text).Select(Tokenizer.Fold).ToList();
        // "Selde-Hochwasser" vouches for "Selde" too: the check looks at hyphenated words part by part.
        var words = new HashSet<string>(tokens.Concat(tokens.Where(t => t.Contains('-')).SelectMany(t => t.Split('-'))), StringComparer.Ordinal);
        return new SourceFacts(language, new HashSet<string>(tokens, StringComparer.Ordinal), words, NumberForms.Supported(text, language),
            CalendarWords.In(text), " " + string.Join(' ', tokens) + " ");
    }

    /// <summary>True when the source has the word, or the word with an inflection ending cut ("Avalens" → "Avalen").</summary>
    public bool HasWord(string folded)
    {
        for (var cut = 0; cut <= 2 && folded.Length - cut >= 4; cut++)
        {
            if (Words.Contains(folded[..^cut]))
            {
                return true;
            }
        }

        return Words.Contains(folded);
    }
}
