using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Newsdesk.Core.Text;

/// <summary>
/// The Snowball stemmers (English, German, and the original Porter algorithm that keyphrase benchmarks score with),
/// from Lucene.NET's port of the Snowball project. A stemmer object keeps state between calls, so each thread gets its own.
/// </summary>
public static class SnowballStemmer
{
    // News vocabulary repeats: a bounded per-thread memo makes most calls a lookup (measured: the stemmer was a
    // fifth of the key-phrase time on DUC-length articles).
    private const int MemoLimit = 100_000;

    [ThreadStatic]
    private static Dictionary<string, (SnowballProgram Stemmer, Dictionary<string, string> Memo)>? _stemmers;

    public static string English(string word) => Stem("english", word);

    public static string German(string word) => Stem("german", word);

    public static string Porter(string word) => Stem("porter", word);

    private static string Stem(string algorithm, string word)
    {
        _stemmers ??= [];
        if (!_stemmers.TryGetValue(algorithm, out var state))
        {
            SnowballProgram stemmer = algorithm switch
            {
                "english" => new EnglishStemmer(),
                "german" => new GermanStemmer(),
                _ => new PorterStemmer(),
            };
            state = (stemmer, new Dictionary<string, string>(StringComparer.Ordinal));
            _stemmers[algorithm] = state;
        }

        if (state.Memo.TryGetValue(word, out var known))
        {
            return known;
        }

        state.Stemmer.SetCurrent(word);
        state.Stemmer.Stem();
        if (state.Memo.Count >= MemoLimit)
        {
            state.Memo.Clear();
        }

        return state.Memo[word] = state.Stemmer.Current;
    }
}
