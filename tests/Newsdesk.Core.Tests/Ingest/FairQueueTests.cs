using Newsdesk.Core.Ingest;

namespace Newsdesk.Core.Tests.Ingest;

public class FairQueueTests
{
    [Fact]
    public void A_huge_feed_takes_turns_with_the_small_ones_and_each_feed_keeps_its_order()
    {
        var queue = new FairQueue<string>();
        for (var i = 1; i <= 1000; i++)
        {
            queue.Enqueue("big.example", 1, $"big-{i}");
        }

        queue.Enqueue("big.example", 2, "same-host-1");
        queue.Enqueue("small.example", 3, "small-1");
        queue.Enqueue("small.example", 3, "small-2");
        queue.Enqueue("other.example", 4, "other-1");

        var first = Drain(queue, 8);

        Assert.Equal(["big-1", "small-1", "other-1", "same-host-1", "small-2", "big-2", "big-3", "big-4"], first);
        Assert.Equal(996, queue.Count);
    }

    [Fact]
    public void Items_added_while_draining_join_the_rotation_and_an_empty_queue_says_so()
    {
        var queue = new FairQueue<int>();
        queue.Enqueue("a", 1, 1);
        Assert.True(queue.TryDequeue(out var one));
        queue.Enqueue("a", 1, 2);
        queue.Enqueue("b", 2, 3);

        Assert.Equal(1, one);
        Assert.Equal([2, 3], Drain(queue, 5));
        Assert.False(queue.TryDequeue(out _));
        Assert.Equal(0, queue.Count);
    }

    private static List<T> Drain<T>(FairQueue<T> queue, int max)
    {
        var items = new List<T>();
        while (items.Count < max && queue.TryDequeue(out var item))
        {
            items.Add(item);
        }

        return items;
    }
}
