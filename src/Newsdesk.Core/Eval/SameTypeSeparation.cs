namespace Newsdesk.Core.Eval;

/// <summary>
/// How often different events of one kind are kept apart. Gold stories named "kind/event" ("quake/a", "quake/b") are
/// events of the same kind; each pair of them is kept apart when no cluster holds documents of both.
/// </summary>
public sealed record SameTypeSeparation(int Pairs, int KeptApart)
{
    public double Rate => Pairs == 0 ? 0 : KeptApart / (double)Pairs;

    /// <summary>Scores the same-kind event pairs of <paramref name="gold"/>; none when no story is named "kind/event".</summary>
    public static SameTypeSeparation Score(IReadOnlyDictionary<string, string> gold, IReadOnlyDictionary<string, string> predicted)
    {
        var clustersOf = gold.Keys.Where(predicted.ContainsKey)
            .GroupBy(id => gold[id], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(id => predicted[id]).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var pairs = 0;
        var apart = 0;
        foreach (var kind in clustersOf.Keys.Where(s => s.Contains('/', StringComparison.Ordinal)).GroupBy(s => s[..s.IndexOf('/', StringComparison.Ordinal)], StringComparer.Ordinal))
        {
            var events = kind.Order(StringComparer.Ordinal).ToList();
            for (var i = 0; i < events.Count; i++)
            {
                for (var j = i + 1; j < events.Count; j++)
                {
                    pairs++;
                    apart += clustersOf[events[i]].Overlaps(clustersOf[events[j]]) ? 0 : 1;
                }
            }
        }

        return new SameTypeSeparation(pairs, apart);
    }
}
