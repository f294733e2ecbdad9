using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using Newsdesk.Infrastructure.Config;
using OllamaSharp;
using OpenAI;

namespace Newsdesk.Infrastructure.Llm;

/// <summary>An <see cref="IChatClient"/> for one configured model: OpenAI's client for any OpenAI-compatible server,
/// OllamaSharp for Ollama's own API. Both send through <see cref="LlmHttp"/>'s resilient client.</summary>
public static class ChatClientFactory
{
    public const string DefaultOpenAiEndpoint = "http://127.0.0.1:11434/v1";
    public const string DefaultOllamaEndpoint = "http://127.0.0.1:11434";

    public static IChatClient Create(LlmModelSettings model, LlmSettings settings, HttpClient http)
    {
        var name = model.Model ?? throw new LlmConfigurationException("Llm: a model needs a name (Llm:Model)");
        if (string.Equals(model.Provider, "ollama", StringComparison.OrdinalIgnoreCase))
        {
            http.BaseAddress = Endpoint(model.Endpoint ?? DefaultOllamaEndpoint);
            return new OllamaApiClient(http, name);
        }

        var options = new OpenAIClientOptions
        {
            Endpoint = Endpoint(model.Endpoint ?? DefaultOpenAiEndpoint),
            Transport = new HttpClientPipelineTransport(http),
            RetryPolicy = new ClientRetryPolicy(0),
            // Tries, back-off and per-try timeouts are LlmHttp's; this only bounds the whole exchange.
            NetworkTimeout = TimeSpan.FromSeconds(settings.MaxAttempts * (settings.TimeoutSeconds + settings.MaxRetryAfterSeconds) + 30),
        };
        // Local servers ignore the key, but the client requires one.
        var key = string.IsNullOrEmpty(model.ApiKey) ? "no-key" : model.ApiKey;
        return new OpenAIClient(new ApiKeyCredential(key), options).GetChatClient(name).AsIChatClient();
    }

    private static Uri Endpoint(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new LlmConfigurationException($"Llm: the endpoint \"{url}\" is not an http(s) URL");
}
