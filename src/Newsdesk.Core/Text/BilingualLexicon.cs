namespace Newsdesk.Core.Text;

/// <summary>
/// A small German–English lexicon of frequent news words (places whose names differ, institutions, events, economy,
/// months), so that an English and a German report of one event share more than names and figures without a
/// translation model. A word maps to a language-neutral concept key ("~flood"); German compounds also map through
/// their head and their first part ("Hochwasserwarnung" → flood, warning), the way German builds news words.
/// </summary>
public sealed class BilingualLexicon
{
    private const int MinHead = 4;
    private const int MinModifier = 6;
    private const int MinRest = 4;

    private readonly Dictionary<(string Language, string Stem), string> _concepts;
    private readonly int _longestGerman;

    private BilingualLexicon(Dictionary<(string Language, string Stem), string> concepts)
    {
        _concepts = concepts;
        _longestGerman = concepts.Keys.Where(k => k.Language == "de").Select(k => k.Stem.Length).DefaultIfEmpty(0).Max();
    }

    /// <summary>The lexicon shipped with Newsdesk (Text/Assets/bilingual-lexicon.txt).</summary>
    public static BilingualLexicon Default { get; } = Parse(ReadDefault());

    /// <summary>
    /// Reads lines of "German words = English words" (comma-separated, '#' starts a comment). Lines that share a word
    /// are one concept, so "Abkommen = agreement" and "Einigung = agreement" meet.
    /// </summary>
    public static BilingualLexicon Parse(string text)
    {
        var parent = new Dictionary<(string, string), (string, string)>();
        (string, string) Root((string, string) node)
        {
            while (parent[node] != node)
            {
                node = parent[node] = parent[parent[node]];
            }

            return node;
        }

        foreach (var line in text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#'))
        {
            var sides = line.Split('=');
            if (sides.Length != 2)
            {
                throw new FormatException($"bilingual lexicon: expected 'German = English' in \"{line}\"");
            }

            var words = Words(sides[0], "de").Concat(Words(sides[1], "en")).ToList();
            foreach (var word in words)
            {
                parent.TryAdd(word, word);
            }

            foreach (var word in words.Skip(1))
            {
                parent[Root(word)] = Root(words[0]);
            }
        }

        // A concept is named by its alphabetically first English stem, so the key is stable whatever the line order.
        var names = parent.Keys.GroupBy(Root)
            .ToDictionary(g => g.Key, g => "~" + g.OrderBy(w => w.Item1 == "en" ? 0 : 1).ThenBy(w => w.Item2, StringComparer.Ordinal).First().Item2);
        return new BilingualLexicon(parent.Keys.ToDictionary(k => k, k => names[Root(k)]));
    }

    /// <summary>The concepts a text in <paramref name="language"/> mentions.</summary>
    public IReadOnlySet<string> Concepts(IEnumerable<string> texts, string language)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in texts.SelectMany(Tokenizer.Words))
        {
            // Two or three letters match only as an acronym: "US", "UN", "KI", never the pronoun "us".
            if (token.Length <= 3 && token.Any(char.IsLower))
            {
                continue;
            }

            AddConcepts(Key(token, language), language, found);
        }

        return found;
    }

    private void AddConcepts(string key, string language, HashSet<string> found)
    {
        if (_concepts.TryGetValue((language, key), out var concept))
        {
            found.Add(concept);
            return;
        }

        if (key.Contains('-', StringComparison.Ordinal))
        {
            foreach (var part in key.Split('-'))
            {
                if (_concepts.TryGetValue((language, LightStemmer.Stem(part, language)), out var partConcept))
                {
                    found.Add(partConcept);
                }
            }

            return;
        }

        if (language == "de" && key.Length >= MinHead + MinRest)
        {
            AddCompoundParts(key, found);
        }
    }

    /// <summary>The longest known head ("…warnung") and the longest known first part ("hochwasser…") of a compound.</summary>
    private void AddCompoundParts(string key, HashSet<string> found)
    {
        for (var start = Math.Max(MinRest, key.Length - _longestGerman); start <= key.Length - MinHead; start++)
        {
            if (_concepts.TryGetValue(("de", key[start..]), out var head))
            {
                found.Add(head);
                break;
            }
        }

        for (var end = Math.Min(key.Length - 3, _longestGerman); end >= MinModifier; end--)
        {
            if (_concepts.TryGetValue(("de", key[..end]), out var modifier))
            {
                found.Add(modifier);
                break;
            }
        }
    }

    private static IEnumerable<(string, string)> Words(string side, string language) =>
        side.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(w => (language, Key(w, language)));

    private static string Key(string word, string language)
    {
        var folded = Tokenizer.Fold(word);
        if (language == "en" && (folded.EndsWith("'s", StringComparison.Ordinal) || folded.EndsWith("’s", StringComparison.Ordinal)))
        {
            folded = folded[..^2];
        }

        return LightStemmer.Stem(folded, language);
    }

    private static string ReadDefault()
    {
        using var stream = typeof(BilingualLexicon).Assembly.GetManifestResourceStream("Newsdesk.Core.Text.Assets.bilingual-lexicon.txt")
            ?? throw new InvalidOperationException("the bilingual lexicon is missing from the Newsdesk.Core assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
