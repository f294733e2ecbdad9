namespace Newsdesk.Core.Brief;

/// <summary>What the site calls itself and where it lives; used for the brief's publisher and url fields.</summary>
public sealed record SiteOptions(string Publisher = "Newsdesk", string BaseUrl = "http://127.0.0.1:5080")
{
    public string StoryUrl(string language, string slug) => $"{BaseUrl.TrimEnd('/')}{StoryPath(language, slug)}";

    public static string StoryPath(string language, string slug) => $"/{language}/{slug}/";
}
