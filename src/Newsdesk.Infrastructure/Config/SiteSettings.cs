namespace Newsdesk.Infrastructure.Config;

public sealed class SiteSettings
{
    public string Publisher { get; set; } = "Newsdesk";
    public string BaseUrl { get; set; } = "http://127.0.0.1:5080";

    /// <summary>The language of the reader's lists when the browser asks for neither English nor German, and of the
    /// static export's front page: "en" or "de".</summary>
    public string Language { get; set; } = "en";
}
