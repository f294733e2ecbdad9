namespace Newsdesk.Infrastructure.Pipeline;

/// <summary>What one ingest did: sources polled, articles stored, per-item errors, and what it left for the next run.</summary>
public sealed record IngestReport(int Sources, int Inserted, int Updated, int Unchanged, IReadOnlyList<string> Errors)
{
    /// <summary>Pages still waiting in the queue when the run ended (over the per-feed share, failed for now, or past the budget).</summary>
    public int Queued { get; init; }

    /// <summary>Pages stored whose main text was not found: their best text block or description was kept instead.</summary>
    public IReadOnlyList<string> LowConfidence { get; init; } = [];

    /// <summary>True when the run's time budget ended it before all its work was done.</summary>
    public bool BudgetReached { get; init; }
}
