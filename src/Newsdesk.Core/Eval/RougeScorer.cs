using System.Text.RegularExpressions;
using Newsdesk.Core.Text;

namespace Newsdesk.Core.Eval;

/// <summary>
/// ROUGE as the published summarization numbers compute it: ROUGE-1, ROUGE-2 and summary-level ROUGE-L
/// (ROUGE-Lsum) F1. Tokens: lower-cased, every run of characters other than a–z and 0–9 is a separator, tokens
/// longer than three characters Porter-stemmed. ROUGE-Lsum reads one sentence per line: for each reference sentence
/// the union of its longest common subsequences with the summary's sentences, each token counted at most as often
/// as it occurs on both sides. With several references, each measure takes its best F1.
/// </summary>
public static partial class RougeScorer
{
    public sealed record Score(double Rouge1, double Rouge2, double RougeLsum);

    /// <param name="summary">The summary, one sentence per line.</param>
    /// <param name="references">The reference summaries, one sentence per line.</param>
    public static Score Compute(string summary, IReadOnlyList<string> references)
    {
        var candidate = Lines(summary);
        var flat = candidate.SelectMany(l => l).ToList();
        var scores = references.Select(reference =>
        {
            var lines = Lines(reference);
            var tokens = lines.SelectMany(l => l).ToList();
            return new Score(NGramF1(flat, tokens, 1), NGramF1(flat, tokens, 2), LsumF1(candidate, lines));
        }).ToList();
        return scores.Count == 0
            ? new Score(0, 0, 0)
            : new Score(scores.Max(s => s.Rouge1), scores.Max(s => s.Rouge2), scores.Max(s => s.RougeLsum));
    }

    public static IReadOnlyList<string> Tokens(string text) =>
        NonAlphanumeric().Replace(text.ToLowerInvariant(), " ")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.Length > 3 ? SnowballStemmer.Porter(t) : t)
            .ToList();

    private static List<IReadOnlyList<string>> Lines(string text) =>
        text.Split('\n').Select(Tokens).Where(t => t.Count > 0).ToList();

    private static double NGramF1(IReadOnlyList<string> candidate, IReadOnlyList<string> reference, int n)
    {
        var candidateGrams = NGrams(candidate, n);
        var referenceGrams = NGrams(reference, n);
        var overlap = candidateGrams.Sum(kv => Math.Min(kv.Value, referenceGrams.GetValueOrDefault(kv.Key)));
        return F1(overlap, candidateGrams.Values.Sum(), referenceGrams.Values.Sum());
    }

    private static Dictionary<string, int> NGrams(IReadOnlyList<string> tokens, int n)
    {
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= tokens.Count; i++)
        {
            var gram = n == 1 ? tokens[i] : string.Join(' ', tokens.Skip(i).Take(n));
            grams[gram] = grams.GetValueOrDefault(gram) + 1;
        }

        return grams;
    }

    private static double LsumF1(List<IReadOnlyList<string>> candidate, List<IReadOnlyList<string>> reference)
    {
        var candidateCounts = Counts(candidate);
        var referenceCounts = Counts(reference);
        var hits = 0;
        foreach (var line in reference)
        {
            var union = new SortedSet<int>();
            foreach (var summaryLine in candidate)
            {
                union.UnionWith(LcsPositions(line, summaryLine));
            }

            foreach (var position in union)
            {
                var token = line[position];
                if (referenceCounts.GetValueOrDefault(token) > 0 && candidateCounts.GetValueOrDefault(token) > 0)
                {
                    hits++;
                    referenceCounts[token]--;
                    candidateCounts[token]--;
                }
            }
        }

        return F1(hits, candidate.Sum(l => l.Count), reference.Sum(l => l.Count));
    }

    private static Dictionary<string, int> Counts(IEnumerable<IReadOnlyList<string>> lines)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in lines.SelectMany(l => l))
        {
            counts[token] = counts.GetValueOrDefault(token) + 1;
        }

        return counts;
    }

    /// <summary>Positions in <paramref name="reference"/> of one longest common subsequence with <paramref name="other"/>.</summary>
    private static IEnumerable<int> LcsPositions(IReadOnlyList<string> reference, IReadOnlyList<string> other)
    {
        var table = new int[reference.Count + 1, other.Count + 1];
        for (var i = 1; i <= reference.Count; i++)
        {
            for (var j = 1; j <= other.Count; j++)
            {
                table[i, j] = reference[i - 1] == other[j - 1] ? table[i - 1, j - 1] + 1 : Math.Max(table[i - 1, j], table[i, j - 1]);
            }
        }

        var positions = new List<int>();
        for (int i = reference.Count, j = other.Count; i > 0 && j > 0;)
        {
            if (reference[i - 1] == other[j - 1])
            {
                positions.Add(i - 1);
                i--;
                j--;
            }
            else if (table[i - 1, j] >= table[i, j - 1])
            {
                i--;
            }
            else
            {
                j--;
            }
        }

        return positions;
    }

    private static double F1(int overlap, int candidateTotal, int referenceTotal)
    {
        if (overlap == 0 || candidateTotal == 0 || referenceTotal == 0)
        {
            return 0;
        }

        var precision = overlap / (double)candidateTotal;
        var recall = overlap / (double)referenceTotal;
        return 2 * precision * recall / (precision + recall);
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonAlphanumeric();
}
