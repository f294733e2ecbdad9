namespace Newsdesk.Infrastructure.Pipeline;

public sealed record IngestReport(int Sources, int Inserted, int Updated, int Unchanged, IReadOnlyList<string> Errors);
