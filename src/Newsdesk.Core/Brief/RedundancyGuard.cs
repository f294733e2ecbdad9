namespace Newsdesk.Core.Brief;

/// <summary>
/// Keeps every sentence and near-paraphrase to one section: a candidate is stale when its terms' Jaccard similarity
/// with anything already used is above <paramref name="maxJaccard"/>, or when most of the shorter one's terms are
/// in the other (a sentence that only adds a clause to one already used).
/// </summary>
internal sealed class RedundancyGuard(double maxJaccard = 0.5, double maxContainment = 0.7)
{
    private readonly List<HashSet<string>> _used = [];

    // The used list only grows, so a stale candidate stays stale and a fresh one need only be checked against what
    // was used since (measured: re-checking every candidate against everything was a quarter of writing a brief).
    private readonly Dictionary<Candidate, int> _checkedUpTo = new(ReferenceEqualityComparer.Instance);

    public bool IsFresh(Candidate candidate)
    {
        var from = _checkedUpTo.GetValueOrDefault(candidate);
        if (from < 0)
        {
            return false;
        }

        for (var i = from; i < _used.Count; i++)
        {
            if (Jaccard(_used[i], candidate.TermSet) > maxJaccard || Containment(_used[i], candidate.TermSet) >= maxContainment)
            {
                _checkedUpTo[candidate] = -1;
                return false;
            }
        }

        _checkedUpTo[candidate] = _used.Count;
        return true;
    }

    public void Use(Candidate candidate) => _used.Add(candidate.TermSet);

    public static double Containment(HashSet<string> a, HashSet<string> b)
    {
        var smaller = Math.Min(a.Count, b.Count);
        return smaller == 0 ? 0 : a.Count(b.Contains) / (double)smaller;
    }

    public static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 && b.Count == 0)
        {
            return 1;
        }

        var shared = a.Count(b.Contains);
        return shared / (double)(a.Count + b.Count - shared);
    }
}
