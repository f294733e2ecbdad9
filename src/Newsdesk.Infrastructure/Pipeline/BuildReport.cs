namespace Newsdesk.Infrastructure.Pipeline;

public sealed record BuildReport(int Articles, int Stories, int Threads, int Briefs);
