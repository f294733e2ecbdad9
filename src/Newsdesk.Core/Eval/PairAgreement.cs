namespace Newsdesk.Core.Eval;

/// <summary>
/// How often same-story decisions agree with annotated pairs of one language combination: pairs annotated as the
/// same story (mean score ≤ 1.5 on the 1–4 scale) that were judged the same, and pairs annotated as different
/// (≥ 3.5) that were kept apart. Pairs in between are not counted.
/// </summary>
public sealed record PairAgreement(string Languages, int Same, int SameAgreed, int Different, int DifferentAgreed)
{
    public const double SameAtMost = 1.5;
    public const double DifferentAtLeast = 3.5;

    public double SameRate => Same == 0 ? 0 : SameAgreed / (double)Same;
    public double DifferentRate => Different == 0 ? 0 : DifferentAgreed / (double)Different;
    public double Rate => Same + Different == 0 ? 0 : (SameAgreed + DifferentAgreed) / (double)(Same + Different);

    /// <summary>Agreement per language combination ("en-de" and "de-en" count together), in the order first seen.</summary>
    public static IReadOnlyList<PairAgreement> Score(IEnumerable<(string Language1, string Language2, double Overall, bool JudgedSame)> pairs)
    {
        var rows = new Dictionary<string, PairAgreement>(StringComparer.Ordinal);
        foreach (var (language1, language2, overall, judgedSame) in pairs)
        {
            if (overall > SameAtMost && overall < DifferentAtLeast)
            {
                continue;
            }

            var key = string.CompareOrdinal(language1, language2) <= 0 ? $"{language1}-{language2}" : $"{language2}-{language1}";
            var row = rows.GetValueOrDefault(key) ?? new PairAgreement(key, 0, 0, 0, 0);
            rows[key] = overall <= SameAtMost
                ? row with { Same = row.Same + 1, SameAgreed = row.SameAgreed + (judgedSame ? 1 : 0) }
                : row with { Different = row.Different + 1, DifferentAgreed = row.DifferentAgreed + (judgedSame ? 0 : 1) };
        }

        return rows.Values.ToList();
    }

    /// <summary>
    /// The ceiling of a similarity on these pairs: per language combination, the bar (a multiple of the similarity's own
    /// bar of 1, from 0.01 to 3) at which the most pairs would agree, had the bar been chosen on these very pairs. Ties go to
    /// the bar nearest 1. It says how far a better bar could take the similarity, and so when only a better similarity can.
    /// </summary>
    public static IReadOnlyDictionary<string, (double Bar, double Agreement)> BestBars(IReadOnlyList<(string Language1, string Language2, double Overall, double Similarity)> pairs)
    {
        var best = new Dictionary<string, (double Bar, double Agreement)>(StringComparer.Ordinal);
        for (var step = 1; step <= 300; step++)
        {
            var bar = step / 100.0;
            foreach (var row in Score(pairs.Select(p => (p.Language1, p.Language2, p.Overall, p.Similarity >= bar))))
            {
                if (!best.TryGetValue(row.Languages, out var held) || row.Rate > held.Agreement || (row.Rate == held.Agreement && Math.Abs(bar - 1) < Math.Abs(held.Bar - 1)))
                {
                    best[row.Languages] = (bar, row.Rate);
                }
            }
        }

        return best;
    }
}
