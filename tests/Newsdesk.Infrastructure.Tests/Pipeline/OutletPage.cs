namespace Newsdesk.Infrastructure.Tests.Pipeline;

/// <summary>Small feeds and pages for the ingest tests.</summary>
internal static class OutletPage
{
    public static string Html(string title, string? date = null) => $"""
        <html lang="en"><head><title>{title}</title>{(date is null ? "" : $"<meta property=\"article:published_time\" content=\"{date}\">")}</head>
        <body><article><h1>{title}</h1>
        <p>{title}: the harbour authority opened a new pier on the east side, the first addition to the port in twenty years.</p>
        <p>Officials said the pier lets two more ships dock at once and that work on a second one starts next spring.</p></article></body></html>
        """;

    /// <summary>An RSS feed of (link, title, date) items; a null date leaves the item undated.</summary>
    public static string Rss(string title, IEnumerable<(string Link, string Title, DateTimeOffset? Date)> items) =>
        $"<rss version=\"2.0\"><channel><title>{title}</title>"
        + string.Concat(items.Select(i => $"<item><title>{i.Title}</title><link>{i.Link}</link>{(i.Date is { } d ? $"<pubDate>{d:R}</pubDate>" : "")}</item>"))
        + "</channel></rss>";
}
