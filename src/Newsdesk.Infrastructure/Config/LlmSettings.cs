namespace Newsdesk.Infrastructure.Config;

/// <summary>
/// The optional model engine (Llm section of newsdesk.json, or NEWSDESK_Llm__*). Nothing set means the extractive
/// engine only. <see cref="Model"/> with <see cref="Endpoint"/> and <see cref="ApiKey"/> is the first (cheap) model;
/// <see cref="Models"/> adds more, each with a role, and the stronger ones are asked only when a cheaper one's answer
/// fails validation or its endpoint fails.
/// </summary>
public sealed class LlmSettings
{
    /// <summary>Base URL of an OpenAI-compatible API (…/v1) or of Ollama (http://127.0.0.1:11434).</summary>
    public string? Endpoint { get; set; }
    public string? Model { get; set; }

    /// <summary>Sent as the bearer token; never logged or printed.</summary>
    public string? ApiKey { get; set; }

    /// <summary>openai (any OpenAI-compatible server: vLLM, llama.cpp, Ollama's /v1, hosted APIs) or ollama (Ollama's own API).</summary>
    public string Provider { get; set; } = "openai";

    public List<LlmModelSettings> Models { get; set; } = [];

    /// <summary>Seconds one request may take before it is abandoned and retried.</summary>
    public double TimeoutSeconds { get; set; } = 120;

    /// <summary>Tries per request for timeouts, refused connections, 429 and 5xx (then the next model, then the extractive brief).</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Failed tries in a row (timeouts, refused connections, 5xx) after which a model's circuit opens: it is not
    /// asked again for the rest of the run, and its stories keep the extractive brief. At least 2.</summary>
    public int BreakAfterFailures { get; set; } = 2;

    /// <summary>First back-off between tries; doubles each time. A 429's Retry-After is honoured up to <see cref="MaxRetryAfterSeconds"/>.</summary>
    public double RetryDelaySeconds { get; set; } = 1;
    public double MaxRetryAfterSeconds { get; set; } = 60;

    /// <summary>How often an unreadable (non-JSON) answer is sent back to the same model to be repaired.</summary>
    public int MaxRepairs { get; set; } = 1;

    /// <summary>Ask for the JSON schema as the response format (turn off for servers that reject response_format).</summary>
    public bool JsonSchema { get; set; } = true;

    /// <summary>Write the other language's brief of single-language stories.</summary>
    public bool Translate { get; set; } = true;

    /// <summary>US dollars per million tokens by model name, added to or overriding the built-in table.</summary>
    public Dictionary<string, LlmPriceSettings> Prices { get; set; } = [];

    /// <summary>The models in the order they are asked: cheap ones first, then strong ones; empty when none is configured.</summary>
    public IReadOnlyList<LlmModelSettings> Chain()
    {
        var all = new List<LlmModelSettings>();
        if (!string.IsNullOrWhiteSpace(Model))
        {
            all.Add(new LlmModelSettings { Model = Model, Endpoint = Endpoint, ApiKey = ApiKey, Provider = Provider });
        }

        all.AddRange(Models.Where(m => !string.IsNullOrWhiteSpace(m.Model)).Select(m => new LlmModelSettings
        {
            Model = m.Model,
            Endpoint = m.Endpoint ?? Endpoint,
            ApiKey = m.ApiKey ?? ApiKey,
            Provider = m.Provider ?? Provider,
            Role = m.Role,
        }));
        return all.OrderBy(m => string.Equals(m.Role, "strong", StringComparison.OrdinalIgnoreCase) ? 1 : 0).ToList();
    }
}

/// <summary>One model of the chain; unset endpoint, key and provider are taken from the Llm section.</summary>
public sealed class LlmModelSettings
{
    public string? Model { get; set; }
    public string? Endpoint { get; set; }
    public string? ApiKey { get; set; }
    public string? Provider { get; set; }

    /// <summary>cheap (asked first) or strong (asked when a cheap model's answer fails).</summary>
    public string Role { get; set; } = "cheap";
}

public sealed class LlmPriceSettings
{
    public double Input { get; set; }
    public double Output { get; set; }
}
