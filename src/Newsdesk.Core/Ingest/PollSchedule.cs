namespace Newsdesk.Core.Ingest;

/// <summary>
/// When to poll a feed next. After a success: half the feed's typical gap between entries (a feed that posts hourly
/// is polled every half hour, a weekly one twice a day at most), never sooner than the server's stated freshness.
/// After a failure: the interval doubles with each failure in a row, or the server's Retry-After when longer.
/// Always between <see cref="Minimum"/> and <see cref="Maximum"/>.
/// </summary>
public static class PollSchedule
{
    public static readonly TimeSpan Minimum = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan Maximum = TimeSpan.FromHours(24);

    public static TimeSpan AfterSuccess(TimeSpan fallback, IEnumerable<DateTimeOffset> entryDates, TimeSpan? freshness)
    {
        var dates = entryDates.OrderByDescending(d => d).Take(10).ToList();
        var interval = dates.Count >= 2 ? (dates[0] - dates[^1]) / (dates.Count - 1) / 2 : fallback;
        if (freshness is { } fresh && fresh > interval)
        {
            interval = fresh;
        }

        return Clamp(interval);
    }

    public static TimeSpan AfterFailure(TimeSpan fallback, int failuresInARow, TimeSpan? retryAfter)
    {
        var backoff = fallback * Math.Pow(2, Math.Min(10, Math.Max(0, failuresInARow - 1)));
        return Clamp(retryAfter is { } wait && wait > backoff ? wait : backoff);
    }

    private static TimeSpan Clamp(TimeSpan interval) => interval < Minimum ? Minimum : interval > Maximum ? Maximum : interval;
}
