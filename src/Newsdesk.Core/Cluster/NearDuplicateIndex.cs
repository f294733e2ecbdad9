using Newsdesk.Core.Text;

namespace Newsdesk.Core.Cluster;

/// <summary>
/// Finds syndicated and re-published copies: MinHash signatures over five-word shingles, looked up through LSH bands
/// (a pair agreeing on every row of any band is a candidate), then confirmed by the signatures' estimated Jaccard
/// similarity. With 16 bands of 4 rows, a pair at Jaccard 0.8 is found with probability 1 − (1 − 0.8⁴)¹⁶ ≈ 0.9998,
/// one at 0.3 with 0.12 — and those are then rejected by the estimate.
/// </summary>
public sealed class NearDuplicateIndex(double threshold)
{
    private const int Bands = 16;
    private const int Rows = 4;
    private const int Hashes = Bands * Rows;
    private const int ShingleWords = 5;

    private readonly Dictionary<(int Band, ulong Key), List<int>> _buckets = [];
    private readonly List<(long ArticleId, ulong[] Signature)> _entries = [];

    /// <summary>The earlier article this text copies, if any; then remembers this one.</summary>
    public long? FindAndAdd(long articleId, string text)
    {
        var signature = Signature(text);
        if (signature is null)
        {
            return null; // too short to tell a copy from a coincidence
        }

        long? original = null;
        var best = threshold;
        var seen = new HashSet<int>();
        for (var band = 0; band < Bands; band++)
        {
            if (_buckets.TryGetValue((band, BandKey(signature, band)), out var bucket))
            {
                foreach (var entry in bucket.Where(seen.Add))
                {
                    var similarity = Estimate(signature, _entries[entry].Signature);
                    if (similarity >= best)
                    {
                        (original, best) = (_entries[entry].ArticleId, similarity);
                    }
                }
            }
        }

        var index = _entries.Count;
        _entries.Add((articleId, signature));
        for (var band = 0; band < Bands; band++)
        {
            var key = (band, BandKey(signature, band));
            if (!_buckets.TryGetValue(key, out var bucket))
            {
                _buckets[key] = bucket = [];
            }

            bucket.Add(index);
        }

        return original;
    }

    private static ulong[]? Signature(string text)
    {
        var words = Tokenizer.Words(text).Select(Tokenizer.Fold).ToList();
        if (words.Count < ShingleWords * 4)
        {
            return null;
        }

        var signature = new ulong[Hashes];
        Array.Fill(signature, ulong.MaxValue);
        for (var i = 0; i + ShingleWords <= words.Count; i++)
        {
            var shingle = Fnv(words, i);
            for (var h = 0; h < Hashes; h++)
            {
                // One base hash remixed per row (multiply-xorshift with a per-row odd constant) stands in for 64 hash functions.
                var mixed = Mix(shingle ^ (0x9E3779B97F4A7C15UL * (ulong)(h + 1)));
                if (mixed < signature[h])
                {
                    signature[h] = mixed;
                }
            }
        }

        return signature;
    }

    private static double Estimate(ulong[] a, ulong[] b)
    {
        var same = 0;
        for (var i = 0; i < Hashes; i++)
        {
            same += a[i] == b[i] ? 1 : 0;
        }

        return same / (double)Hashes;
    }

    private static ulong BandKey(ulong[] signature, int band)
    {
        var key = 1469598103934665603UL;
        for (var r = 0; r < Rows; r++)
        {
            key = Mix(key ^ signature[band * Rows + r]);
        }

        return key;
    }

    private static ulong Fnv(List<string> words, int start)
    {
        var hash = 1469598103934665603UL;
        for (var w = start; w < start + ShingleWords; w++)
        {
            foreach (var c in words[w])
            {
                hash = (hash ^ c) * 1099511628211UL;
            }

            hash = (hash ^ ' ') * 1099511628211UL;
        }

        return hash;
    }

    private static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDUL;
        x ^= x >> 33;
        x *= 0xC4CEB93FE53D8B53UL;
        x ^= x >> 33;
        return x;
    }
}
