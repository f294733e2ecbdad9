namespace Newsdesk.Core.Brief;

/// <summary>Keeps every sentence and near-paraphrase to one section: token Jaccard against everything already used.</summary>
internal sealed class RedundancyGuard(double maxJaccard = 0.5)
{
    private readonly List<HashSet<string>> _used = [];

    public bool IsFresh(Candidate candidate) => _used.All(u => Jaccard(u, candidate.TermSet) <= maxJaccard);

    public void Use(Candidate candidate) => _used.Add(candidate.TermSet);

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
