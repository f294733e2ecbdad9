namespace Newsdesk.Core.Text;

/// <summary>
/// Ranks candidate phrases the PositionRank way (Florescu and Caragea 2017), without a part-of-speech tagger: content
/// words form a co-occurrence graph (window of <see cref="Window"/>), PageRank runs biased toward words that occur
/// early and often, and a phrase (a run of up to four content words) scores the sum of its words. Phrases are keyed by
/// their folded, stemmed words so inflections meet.
/// </summary>
public static class PhraseRanker
{
    private const int Window = 10;
    private const int MaxPhraseWords = 8;
    private const int MaxCandidateWords = 3;
    private const double Damping = 0.85;
    private const int Iterations = 30;

    public sealed record RankedPhrase(string Key, string Surface, double Score, int Count, int FirstPosition);

    public static IReadOnlyList<RankedPhrase> Rank(IEnumerable<string> texts, string language)
    {
        // Tokens in order; null marks a boundary (stop word, number, sentence end) that no phrase crosses.
        var tokens = new List<(string Surface, string Stem)?>();
        foreach (var text in texts)
        {
            foreach (var word in Tokenizer.Words(text))
            {
                tokens.Add(IsContent(word, language) ? (word, Stem(word, language)) : null);
            }

            tokens.Add(null);
        }

        var words = new List<(string Stem, int Position)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i] is { } token)
            {
                words.Add((token.Stem, i));
            }
        }

        var scores = PageRank(words);
        var phrases = new Dictionary<string, RankedPhrase>(StringComparer.Ordinal);
        var run = new List<(string Surface, string Stem)>();
        for (var i = 0; i <= tokens.Count; i++)
        {
            if (i < tokens.Count && tokens[i] is { } token && run.Count < MaxPhraseWords)
            {
                run.Add(token);
                continue;
            }

            AddPhrase(phrases, run, scores, i - run.Count);
            run.Clear();
            if (i < tokens.Count && tokens[i] is { } next)
            {
                run.Add(next);
            }
        }

        return phrases.Values.Select(p => p with { Score = p.Score / Math.Sqrt(p.Key.Split(' ').Length) * p.Count }).OrderByDescending(p => p.Score).ThenBy(p => p.FirstPosition).ToList();
    }

    /// <summary>
    /// Every stretch of one to three words of a run is a candidate, so "oil spill" is counted inside "biggest oil
    /// spill" too; a stretch ending in a past or present participle is a clause, not a name for a thing.
    /// </summary>
    private static void AddPhrase(Dictionary<string, RankedPhrase> phrases, List<(string Surface, string Stem)> run, Dictionary<string, double> scores, int position)
    {
        for (var start = 0; start < run.Count; start++)
        {
            for (var length = 1; length <= MaxCandidateWords && start + length <= run.Count; length++)
            {
                var words = run.GetRange(start, length);
                var last = words[^1].Surface;
                if (last.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || last.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var key = string.Join(' ', words.Select(w => w.Stem));
                var score = words.Sum(w => scores.GetValueOrDefault(w.Stem));
                phrases[key] = phrases.TryGetValue(key, out var seen)
                    ? seen with { Count = seen.Count + 1 }
                    : new RankedPhrase(key, string.Join(' ', words.Select(w => w.Surface)), score, 1, position + start);
            }
        }
    }

    private static Dictionary<string, double> PageRank(List<(string Stem, int Position)> words)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var bias = new List<double>();
        foreach (var (stem, position) in words)
        {
            if (!index.TryGetValue(stem, out var id))
            {
                id = index.Count;
                index[stem] = id;
                bias.Add(0);
            }

            bias[id] += 1.0 / (position + 1);
        }

        var n = index.Count;
        var edges = new Dictionary<(int, int), double>();
        for (var i = 0; i < words.Count; i++)
        {
            for (var j = i + 1; j < words.Count && words[j].Position - words[i].Position < Window; j++)
            {
                var (a, b) = (index[words[i].Stem], index[words[j].Stem]);
                if (a != b)
                {
                    edges[(a, b)] = edges.GetValueOrDefault((a, b)) + 1;
                    edges[(b, a)] = edges.GetValueOrDefault((b, a)) + 1;
                }
            }
        }

        var outWeight = new double[n];
        var neighbours = new List<(int To, double Weight)>[n];
        for (var i = 0; i < n; i++)
        {
            neighbours[i] = [];
        }

        foreach (var ((from, to), weight) in edges)
        {
            neighbours[to].Add((from, weight));
            outWeight[from] += weight;
        }

        var biasSum = bias.Sum();
        var teleport = bias.Select(b => b / biasSum).ToArray();
        var rank = teleport.ToArray();
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var next = new double[n];
            for (var i = 0; i < n; i++)
            {
                var incoming = 0.0;
                foreach (var (from, weight) in neighbours[i])
                {
                    incoming += weight / outWeight[from] * rank[from];
                }

                next[i] = (1 - Damping) * teleport[i] + Damping * incoming;
            }

            rank = next;
        }

        return index.ToDictionary(kv => kv.Key, kv => rank[kv.Value], StringComparer.Ordinal);
    }

    private static bool IsContent(string word, string language)
    {
        if (word.Length < 2 || !char.IsLetter(word[0]))
        {
            return false;
        }

        var lower = word.ToLowerInvariant();
        return !StopWords.IsStopWord(lower) && !NonPhraseWords.Contains(lower) && !(language == "en" && lower.EndsWith("ly", StringComparison.Ordinal) && lower.Length > 4);
    }

    private static string Stem(string word, string language)
    {
        var folded = Tokenizer.Fold(word);
        return language == "de" ? SnowballStemmer.German(folded) : SnowballStemmer.English(folded);
    }

    /// <summary>Frequent news verbs and fillers that a tagger would keep out of noun phrases.</summary>
    private static readonly HashSet<string> NonPhraseWords = new(StringComparer.Ordinal)
    {
        "say", "says", "said", "tell", "told", "asked", "added", "make", "made", "take", "took", "get", "got", "give", "gave",
        "go", "went", "going", "come", "came", "know", "knew", "think", "thought", "see", "saw", "want", "wanted", "use", "used",
        "including", "called", "became", "become", "put", "set", "like", "many", "several", "well", "even", "still", "however",
        "another", "among", "around", "within", "without", "across", "whether", "every", "least", "less", "far", "away", "back",
        "believe", "believed", "reported", "announced", "expected", "began", "begin", "left", "found", "held", "seen", "done",
        "sagte", "sagt", "erklärte", "teilte", "mit", "wurde", "wurden", "worden", "sei", "seien", "habe", "hätten", "könne",
    };
}
