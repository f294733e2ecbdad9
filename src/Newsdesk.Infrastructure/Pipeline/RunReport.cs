namespace Newsdesk.Infrastructure.Pipeline;

public sealed record RunReport(IngestReport Ingest, BuildReport Build, TimeSpan IngestTime, TimeSpan TotalTime);
