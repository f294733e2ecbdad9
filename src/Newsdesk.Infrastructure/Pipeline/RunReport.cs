namespace Newsdesk.Infrastructure.Pipeline;

/// <summary>One pipeline pass: what ingest and build did, the files published, and the time each took.</summary>
public sealed record RunReport(IngestReport Ingest, BuildReport Build, TimeSpan IngestTime, TimeSpan TotalTime)
{
    public int FilesWritten { get; init; }
    public int FilesRemoved { get; init; }
    public TimeSpan PublishTime { get; init; }
}
