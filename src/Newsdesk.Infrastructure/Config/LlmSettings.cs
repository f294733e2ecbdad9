namespace Newsdesk.Infrastructure.Config;

/// <summary>The optional model endpoint (OpenAI-compatible). Empty means the extractive engine only.</summary>
public sealed class LlmSettings
{
    public string? Endpoint { get; set; }
    public string? Model { get; set; }
    public string? ApiKey { get; set; }
}
