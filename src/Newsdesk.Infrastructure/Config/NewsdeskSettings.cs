namespace Newsdesk.Infrastructure.Config;

/// <summary>All configuration, bound from newsdesk.json in the data directory and NEWSDESK_* environment variables.</summary>
public sealed class NewsdeskSettings
{
    public string DataDir { get; set; } = "";
    public SiteSettings Site { get; set; } = new();
    public FetchSettings Fetch { get; set; } = new();
    public LlmSettings Llm { get; set; } = new();
    public StoreSettings Store { get; set; } = new();

    public string DatabasePath => Path.Combine(DataDir, "newsdesk.db");
    public string SiteDir => Path.Combine(DataDir, "site");
    public string BriefsDir => Path.Combine(DataDir, "briefs");
}
