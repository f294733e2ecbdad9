namespace Newsdesk.Core.Ingest;

/// <summary>
/// Hands out work round-robin over hosts, and within a host round-robin over feeds, so one huge feed or one busy host
/// takes its turn like every other instead of filling the queue ahead of them. Items of one feed keep their order.
/// Not thread-safe: the caller holds the lock.
/// </summary>
public sealed class FairQueue<T>
{
    private readonly Dictionary<string, Dictionary<long, Queue<T>>> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly LinkedList<string> _hostTurns = new();
    private readonly Dictionary<string, LinkedList<long>> _feedTurns = new(StringComparer.OrdinalIgnoreCase);

    public int Count { get; private set; }

    public void Enqueue(string host, long feed, T item)
    {
        if (!_hosts.TryGetValue(host, out var feeds))
        {
            _hosts[host] = feeds = [];
            _feedTurns[host] = new LinkedList<long>();
            _hostTurns.AddLast(host);
        }

        if (!feeds.TryGetValue(feed, out var queue))
        {
            feeds[feed] = queue = new Queue<T>();
            _feedTurns[host].AddLast(feed);
        }

        queue.Enqueue(item);
        Count++;
    }

    public bool TryDequeue(out T item)
    {
        while (_hostTurns.First is { } hostNode)
        {
            var host = hostNode.Value;
            var turns = _feedTurns[host];
            var feed = turns.First!.Value;
            var queue = _hosts[host][feed];
            item = queue.Dequeue();
            Count--;
            // The feed goes to the back of its host's line, the host to the back of the hosts' line; empty ones leave.
            turns.RemoveFirst();
            if (queue.Count > 0)
            {
                turns.AddLast(feed);
            }
            else
            {
                _hosts[host].Remove(feed);
            }

            _hostTurns.RemoveFirst();
            if (turns.Count > 0)
            {
                _hostTurns.AddLast(host);
            }
            else
            {
                _hosts.Remove(host);
                _feedTurns.Remove(host);
            }

            return true;
        }

        item = default!;
        return false;
    }
}
