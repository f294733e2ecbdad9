using System.Runtime.InteropServices;

namespace Newsdesk.Core.Cluster;

/// <summary>A sparse, L2-normalised term-weight vector.</summary>
public sealed class TermVector
{
    private readonly Dictionary<string, double> _weights;

    public TermVector(Dictionary<string, double> weights)
    {
        var norm = Math.Sqrt(weights.Values.Sum(w => w * w));
        _weights = norm == 0 ? weights : weights.ToDictionary(kv => kv.Key, kv => kv.Value / norm, StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, double> Weights => _weights;

    /// <summary>The terms with the highest weights, heaviest first (ties by term, so the order is deterministic).</summary>
    public IReadOnlyList<string> Top(int count) =>
        _weights.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(count).Select(kv => kv.Key).ToList();

    public double Cosine(TermVector other)
    {
        var (small, large) = _weights.Count <= other._weights.Count ? (_weights, other._weights) : (other._weights, _weights);
        var sum = 0.0;
        foreach (var (term, weight) in small)
        {
            if (large.TryGetValue(term, out var w))
            {
                sum += weight * w;
            }
        }

        return sum;
    }

    public static TermVector Centroid(IEnumerable<TermVector> vectors)
    {
        var sum = new Sum();
        foreach (var vector in vectors)
        {
            sum.Add(vector);
        }

        return sum.Centroid();
    }

    /// <summary>
    /// A running sum of vectors, so a growing cluster's centroid costs one vector per new member instead of
    /// re-adding every member (the additions happen in the same order, so the result is the same). It keeps its own
    /// squared length, so the cosine with its centroid needs no normalised copy: the online clusterer compares every
    /// article with dozens of stories, and copying each story's centroid on every new member was a tenth of its time.
    /// </summary>
    public sealed class Sum
    {
        private readonly Dictionary<string, double> _sum = new(StringComparer.Ordinal);
        private double _squaredLength;

        public void Add(TermVector vector)
        {
            foreach (var (term, weight) in vector._weights)
            {
                ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_sum, term, out _);
                // |s + v|² = |s|² + 2 s·v + |v|², one term at a time.
                _squaredLength += (2 * slot * weight) + (weight * weight);
                slot += weight;
            }
        }

        /// <summary>The cosine between the centroid of the vectors added so far and <paramref name="vector"/>.</summary>
        public double Cosine(TermVector vector)
        {
            if (_squaredLength <= 0)
            {
                return 0;
            }

            var dot = 0.0;
            foreach (var (term, weight) in vector._weights)
            {
                if (_sum.TryGetValue(term, out var w))
                {
                    dot += weight * w;
                }
            }

            return dot / Math.Sqrt(_squaredLength);
        }

        public TermVector Centroid() => new(new Dictionary<string, double>(_sum, StringComparer.Ordinal));
    }
}
