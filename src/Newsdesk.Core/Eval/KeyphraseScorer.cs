using System.Text.RegularExpressions;
using Newsdesk.Core.Text;

namespace Newsdesk.Core.Eval;

/// <summary>
/// The keyphrase protocol of the published DUC-2001 and KPCrowd results: a predicted phrase matches a gold phrase when
/// their lower-cased, Porter-stemmed token sequences are equal; each gold phrase is matched at most once; F1@K is
/// micro-averaged (matches summed over documents, recall over all gold phrases).
/// </summary>
public static partial class KeyphraseScorer
{
    public static string Normalize(string phrase) =>
        string.Join(' ', Token().Matches(phrase.ToLowerInvariant()).Select(m => SnowballStemmer.Porter(m.Value)));

    public static KeyphraseScore Score(IEnumerable<(IReadOnlyList<string> Predicted, IReadOnlyList<string> Gold)> documents, int k)
    {
        int matched = 0, predicted = 0, gold = 0;
        foreach (var (predictedPhrases, goldPhrases) in documents)
        {
            var goldKeys = goldPhrases.Select(Normalize).Where(g => g.Length > 0).Distinct().ToHashSet(StringComparer.Ordinal);
            var top = predictedPhrases.Select(Normalize).Where(p => p.Length > 0).Distinct().Take(k).ToList();
            matched += top.Count(goldKeys.Contains);
            predicted += top.Count;
            gold += goldKeys.Count;
        }

        return new KeyphraseScore(k, matched, predicted, gold);
    }

    [GeneratedRegex(@"[\p{L}\p{Nd}]+")]
    private static partial Regex Token();
}
