namespace Newsdesk.Infrastructure.Config;

public sealed class SiteSettings
{
    public string Publisher { get; set; } = "Newsdesk";
    public string BaseUrl { get; set; } = "http://127.0.0.1:5080";
}
