using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Newsdesk.Core.Text;

/// <summary>
/// The Snowball stemmers (English, German, and the original Porter algorithm that keyphrase benchmarks score with),
/// from Lucene.NET's port of the Snowball project. A stemmer object keeps state between calls, so each thread gets its own.
/// </summary>
public static class SnowballStemmer
{
    [ThreadStatic]
    private static Dictionary<string, SnowballProgram>? _stemmers;

    public static string English(string word) => Stem("english", word);

    public static string German(string word) => Stem("german", word);

    public static string Porter(string word) => Stem("porter", word);

    private static string Stem(string algorithm, string word)
    {
        _stemmers ??= [];
        if (!_stemmers.TryGetValue(algorithm, out var stemmer))
        {
            stemmer = algorithm switch
            {
                "english" => new EnglishStemmer(),
                "german" => new GermanStemmer(),
                _ => new PorterStemmer(),
            };
            _stemmers[algorithm] = stemmer;
        }

        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }
}
