using System.Runtime.InteropServices;

namespace Newsdesk.Core.Text;

/// <summary>
/// Ranks candidate phrases the PositionRank way (Florescu and Caragea 2017): nouns and adjectives (classes from
/// <see cref="WordClassGuesser"/>) form a co-occurrence graph (window of <see cref="Window"/> words), PageRank runs biased
/// toward words that occur early and often, and a candidate — adjectives then nouns, up to three words — scores the sum
/// of its words. Phrases are keyed by their folded, stemmed words so inflections meet.
/// </summary>
public static class PhraseRanker
{
    private const int Window = 10;
    private const int MaxCandidateWords = 3;
    private const int FewCandidates = 15;
    private const int FallbackBelow = 5;
    private const double Damping = 0.85;
    private const int Iterations = 30;

    public sealed record RankedPhrase(string Key, string Surface, double Score, int Count, int FirstPosition);

    private readonly record struct Token(string Surface, string Stem, WordClass Class, bool EndsPhrase, bool InTitleCase);

    /// <summary>A candidate while counting: <see cref="Attested"/> once it is seen outside a title-case headline.</summary>
    private sealed record Candidate(RankedPhrase Phrase, bool Attested);

    /// <param name="texts">The title first, then the sentences in order.</param>
    /// <param name="language">"en" or "de".</param>
    /// <param name="background">Document frequencies that make common words weigh less; none leaves them equal.</param>
    /// <param name="limit">How many phrases to return at most: the redundancy check grows with the square of the list.</param>
    public static IReadOnlyList<RankedPhrase> Rank(IReadOnlyList<string> texts, string language, BackgroundFrequencies? background = null, int limit = 40)
    {
        var (tokens, others) = Tokens(texts, language);
        var scores = PageRank(tokens, background ?? BackgroundFrequencies.Empty);
        var phrases = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        var run = new List<(Token Token, int Position)>();
        for (var i = 0; i <= tokens.Count; i++)
        {
            var token = i < tokens.Count ? tokens[i] : (Token?)null;
            var joins = token is { Class: WordClass.Noun or WordClass.ProperNoun or WordClass.Adjective };

            // A noun followed by an adjective starts a new phrase: adjectives only lead ("environmental disaster").
            if (joins && run.Count > 0 && token!.Value.Class == WordClass.Adjective && run[^1].Token.Class != WordClass.Adjective)
            {
                AddCandidates(phrases, run, scores);
                run.Clear();
            }

            if (joins)
            {
                run.Add((token!.Value, i));
                if (!token.Value.EndsPhrase)
                {
                    continue;
                }
            }

            AddCandidates(phrases, run, scores);
            run.Clear();
        }

        MergeNameAliases(phrases, tokens, scores);

        // A title-case headline hides where its phrases end ("Exxon Submits Strategy"); its words still weigh in the
        // graph, but its candidates count only when the body uses them too (unless there is no body to ask).
        var attested = phrases.Values.Any(c => c.Attested);
        // Sum of word scores (PositionRank), times how often the phrase itself recurs; a phrase inside a better one
        // ("oil spill" below "Alaskan oil spill") adds nothing to the list.
        var ranked = new List<RankedPhrase>();
        var rankedPadded = new List<string>();
        foreach (var phrase in phrases.Values.Where(c => c.Attested || !attested).Select(c => c.Phrase with { Score = c.Phrase.Score * (1 + Math.Log(c.Phrase.Count)) })
            .OrderByDescending(p => p.Score).ThenBy(p => p.FirstPosition))
        {
            var padded = " " + phrase.Key + " ";
            if (!rankedPadded.Exists(r => r.Contains(padded, StringComparison.Ordinal)))
            {
                ranked.Add(phrase);
                rankedPadded.Add(padded);
                if (ranked.Count == limit)
                {
                    break;
                }
            }
        }

        return ranked.Count >= FallbackBelow ? ranked : [.. ranked, .. Fallback(others, ranked)];
    }

    /// <summary>The nouns and adjectives in order (null where a phrase must end), and the other content words —
    /// verbs, adverbs — that a very short text falls back on.</summary>
    private static (List<Token?> Tokens, List<Token> Others) Tokens(IReadOnlyList<string> texts, string language)
    {
        var others = new List<Token>();
        var spans = texts.Select(t => Tokenizer.Spans(t).ToList()).ToList();
        var verbStems = language == "de" ? null : WordClassGuesser.VerbStems(spans.SelectMany(s => s.Select(w => w.Word)));
        var tokens = new List<Token?>(spans.Sum(s => s.Count) + texts.Count);
        for (var t = 0; t < texts.Count; t++)
        {
            var words = spans[t].Select(s => s.Word).ToList();
            var titleCase = WordClassGuesser.IsTitleCase(words);
            var classes = WordClassGuesser.Guess(words, language, !titleCase, verbStems);
            for (var i = 0; i < words.Count; i++)
            {
                var word = words[i];
                var possessive = word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase);
                var bare = possessive ? word[..^2] : word;

                // Punctuation between two words (a comma, a quote, a dash) ends the phrase too.
                var end = spans[t][i].Start + word.Length;
                var punctuated = i + 1 < words.Count && texts[t].AsSpan(end, spans[t][i + 1].Start - end).Trim().Length > 0;
                var phraseWord = bare.Length >= 2 && classes[i] is WordClass.Noun or WordClass.ProperNoun or WordClass.Adjective;
                tokens.Add(phraseWord ? new Token(bare, Stem(bare, language), classes[i], possessive || punctuated, titleCase) : null);
                if (classes[i] is WordClass.Verb or WordClass.Adverb && bare.Length > 3 && !EnglishLexicon.ReportingVerbs.Contains(bare.ToLowerInvariant()))
                {
                    others.Add(new Token(bare, Stem(bare, language), classes[i], true, titleCase));
                }
            }

            tokens.Add(null);
        }

        return (tokens, others);
    }

    /// <summary>The run's adjectives-then-nouns candidates: the whole run when it is short enough (a
    /// name at the end of a longer run was tried as a candidate: DUC-2001 F1@10 fell 0.282 → 0.278).</summary>
    private static void AddCandidates(Dictionary<string, Candidate> phrases, List<(Token Token, int Position)> run, Dictionary<string, double> scores)
    {
        var end = run.Count;
        while (end > 0 && run[end - 1].Token.Class == WordClass.Adjective)
        {
            end--; // a phrase ends in a noun
        }

        if (end == 0 || end > MaxCandidateWords)
        {
            return;
        }

        var words = run.GetRange(0, end);
        if (end == 1 && IsWeak(words[0].Token))
        {
            return;
        }

        var key = string.Join(' ', words.Select(w => w.Token.Stem));
        var surface = string.Join(' ', words.Select(w => w.Token.Surface));
        var score = words.Sum(w => scores.GetValueOrDefault(w.Token.Stem));
        var attested = !words[0].Token.InTitleCase;
        if (phrases.TryGetValue(key, out var seen))
        {
            // Keep the first spelling from the body: a title-case headline capitalises every word.
            var phrase = seen.Phrase;
            var keepSurface = (attested && !seen.Attested) || (IsShouted(phrase.Surface) && !IsShouted(surface)) ? surface : phrase.Surface;
            phrases[key] = new Candidate(phrase with { Count = phrase.Count + 1, Surface = keepSurface }, seen.Attested || attested);
        }
        else
        {
            phrases[key] = new Candidate(new RankedPhrase(key, surface, score, 1, words[0].Position), attested);
        }
    }

    /// <summary>
    /// A surname or short form alone ("Thomas", "Hatch") stands for the fuller name the text also uses ("Clarence
    /// Thomas"): its occurrences count for that name, and the name is the one shown.
    /// </summary>
    private static void MergeNameAliases(Dictionary<string, Candidate> phrases, List<Token?> tokens, Dictionary<string, double> scores)
    {
        var names = new Dictionary<string, (List<Token> Words, int Count, int Position)>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count;)
        {
            var start = i;
            while (i < tokens.Count && tokens[i] is { Class: WordClass.ProperNoun, InTitleCase: false } token && (i == start || !tokens[i - 1]!.Value.EndsPhrase))
            {
                i++;
            }

            if (i - start is >= 2 and <= MaxCandidateWords)
            {
                var words = tokens.GetRange(start, i - start).Select(t => t!.Value).ToList();
                var key = string.Join(' ', words.Select(w => w.Stem));
                names[key] = names.TryGetValue(key, out var seen) ? (seen.Words, seen.Count + 1, seen.Position) : (words, 1, start);
            }

            i = Math.Max(i, start + 1);
        }

        // The full name each last word stands for: the most used, then the first.
        var byLastWord = names.GroupBy(n => n.Key[(n.Key.LastIndexOf(' ') + 1)..], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(n => n.Value.Count).ThenBy(n => n.Value.Position).First(), StringComparer.Ordinal);
        foreach (var (key, candidate) in phrases.ToList())
        {
            if (key.Contains(' ') || !byLastWord.TryGetValue(key, out var full))
            {
                continue;
            }

            phrases.Remove(key);
            var count = candidate.Phrase.Count;
            phrases[full.Key] = phrases.TryGetValue(full.Key, out var existing)
                ? existing with { Phrase = existing.Phrase with { Count = existing.Phrase.Count + count }, Attested = existing.Attested || candidate.Attested }
                : new Candidate(new RankedPhrase(full.Key, string.Join(' ', full.Value.Words.Select(w => w.Surface)), full.Value.Words.Sum(w => scores.GetValueOrDefault(w.Stem)), count + full.Value.Count, full.Value.Position), true);
        }
    }

    /// <summary>For a text too short to give <see cref="FallbackBelow"/> phrases (a headline, a teaser): its other
    /// content words, the frequent and early first, ranked below every phrase, up to <see cref="FewCandidates"/> in all.</summary>
    private static IEnumerable<RankedPhrase> Fallback(List<Token> others, IReadOnlyList<RankedPhrase> ranked)
    {
        var taken = ranked.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var floor = ranked.Count == 0 ? 1 : ranked.Min(p => p.Score);
        return others.Select((t, i) => (Token: t, Position: i)).Where(o => !taken.Contains(o.Token.Stem))
            .GroupBy(o => o.Token.Stem, StringComparer.Ordinal)
            .Select(g => (First: g.First(), Count: g.Count()))
            .OrderByDescending(g => g.Count).ThenBy(g => g.First.Position)
            .Take(FewCandidates - ranked.Count)
            .Select((g, i) => new RankedPhrase(g.First.Token.Stem, g.First.Token.Surface, floor / (2 + i), g.Count, int.MaxValue));
    }

    private static bool IsShouted(string surface) => !surface.Any(char.IsLower) && surface.Count(char.IsLetter) > 4;

    private static bool IsWeak(Token token) => EnglishLexicon.WeakHeads.Contains(token.Surface.ToLowerInvariant());

    /// <summary>The stems a document contributes to <see cref="BackgroundFrequencies"/>: its nouns' and adjectives'.</summary>
    public static IEnumerable<string> Stems(IReadOnlyList<string> texts, string language) =>
        Tokens(texts, language).Tokens.Where(t => t is not null).Select(t => t!.Value.Stem).Distinct(StringComparer.Ordinal);

    private static Dictionary<string, double> PageRank(List<Token?> tokens, BackgroundFrequencies background)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var bias = new List<double>();
        var nodes = new List<(int Id, int Position)>();
        for (var position = 0; position < tokens.Count; position++)
        {
            if (tokens[position] is not { } token)
            {
                continue;
            }

            if (!index.TryGetValue(token.Stem, out var id))
            {
                id = index.Count;
                index[token.Stem] = id;
                bias.Add(0);
            }

            bias[id] += 1.0 / (position + 1);
            nodes.Add((id, position));
        }

        // Edge weights keyed by the node pair in one long; then compressed rows of incoming edges for the iterations.
        var n = index.Count;
        var edges = new Dictionary<long, double>();
        for (var i = 0; i < nodes.Count; i++)
        {
            for (var j = i + 1; j < nodes.Count && nodes[j].Position - nodes[i].Position < Window; j++)
            {
                var (a, b) = (nodes[i].Id, nodes[j].Id);
                if (a != b)
                {
                    ref var weight = ref CollectionsMarshal.GetValueRefOrAddDefault(edges, Math.Min(a, b) * (long)n + Math.Max(a, b), out _);
                    weight++;
                }
            }
        }

        var outWeight = new double[n];
        var rowStart = new int[n + 1];
        foreach (var (pair, weight) in edges)
        {
            var (a, b) = ((int)(pair / n), (int)(pair % n));
            outWeight[a] += weight;
            outWeight[b] += weight;
            rowStart[a + 1]++;
            rowStart[b + 1]++;
        }

        for (var i = 0; i < n; i++)
        {
            rowStart[i + 1] += rowStart[i];
        }

        var fill = rowStart[..n];
        var from = new int[rowStart[n]];
        var share = new double[rowStart[n]];
        foreach (var (pair, weight) in edges)
        {
            var (a, b) = ((int)(pair / n), (int)(pair % n));
            var (intoB, intoA) = (fill[b]++, fill[a]++);
            (from[intoB], share[intoB]) = (a, weight / outWeight[a]);
            (from[intoA], share[intoA]) = (b, weight / outWeight[b]);
        }

        // Specific words get more of the random jump: "tornado" over "damage" when the background knows both.
        foreach (var (stem, id) in index)
        {
            bias[id] *= background.Specificity(stem);
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
                for (var e = rowStart[i]; e < rowStart[i + 1]; e++)
                {
                    incoming += share[e] * rank[from[e]];
                }

                next[i] = (1 - Damping) * teleport[i] + Damping * incoming;
            }

            rank = next;
        }

        return index.ToDictionary(kv => kv.Key, kv => rank[kv.Value], StringComparer.Ordinal);
    }

    private static string Stem(string word, string language)
    {
        var folded = Tokenizer.Fold(word);
        return language == "de" ? SnowballStemmer.German(folded) : SnowballStemmer.English(folded);
    }
}
