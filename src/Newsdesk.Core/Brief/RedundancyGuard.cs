namespace Newsdesk.Core.Brief;

/// <summary>
/// Keeps every sentence and near-paraphrase to one section: a candidate is stale when its terms' Jaccard similarity
/// with anything already used is above <paramref name="maxJaccard"/>, or when most of the shorter one's terms are
/// in the other (a sentence that only adds a clause to one already used).
/// </summary>
internal sealed class RedundancyGuard(double maxJaccard = 0.5, double maxContainment = 0.7)
{
    private readonly List<HashSet<string>> _used = [];

    public bool IsFresh(Candidate candidate) =>
        _used.All(u => Jaccard(u, candidate.TermSet) <= maxJaccard && Containment(u, candidate.TermSet) < maxContainment);

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
