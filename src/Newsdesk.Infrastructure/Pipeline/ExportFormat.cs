namespace Newsdesk.Infrastructure.Pipeline;

public enum ExportFormat
{
    Md,
    Html,
    Json,
    Opml,
}
