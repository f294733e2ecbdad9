namespace Newsdesk.Core.Brief;

/// <summary>
/// One fact, one place: a candidate is stale when it states a fact a sentence already used states
/// (<see cref="FactMatch"/>: a paraphrase, or the same figure about the same thing), so a brief never says it twice.
/// </summary>
internal sealed class RedundancyGuard
{
    private readonly List<Candidate> _used = [];

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
            if (_used[i].SameFact(candidate))
            {
                _checkedUpTo[candidate] = -1;
                return false;
            }
        }

        _checkedUpTo[candidate] = _used.Count;
        return true;
    }

    public void Use(Candidate candidate) => _used.Add(candidate);
}
