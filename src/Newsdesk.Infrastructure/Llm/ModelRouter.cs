using System.Text.Json;
using Microsoft.Extensions.AI;
using Newsdesk.Core.Llm;
using Newsdesk.Core.Model;
using Newsdesk.Infrastructure.Config;
using Newsdesk.Infrastructure.Storage;
using Polly.CircuitBreaker;

namespace Newsdesk.Infrastructure.Llm;

/// <summary>
/// Asks the configured models in order — cheap first — until one's answer reads as a draft and passes the caller's
/// validation. An unreadable answer goes back to the same model for repair (bounded); a draft that fails validation,
/// or an endpoint that keeps failing after the HTTP retries, moves on to the next, stronger model. Every request is
/// written to the cost ledger as it happens; answers are cached by a hash of the model and the request.
/// </summary>
public sealed class ModelRouter : IDisposable
{
    private readonly List<(string Name, IChatClient Client, HttpClient Http, CircuitBreakerStateProvider Breaker)> _models;
    private readonly HashSet<string> _broken = new(StringComparer.Ordinal);
    private readonly List<string> _notices = [];
    private readonly LlmSettings _settings;
    private readonly NewsStore _store;
    private readonly TimeProvider _clock;
    private readonly PriceTable _prices;
    private readonly ChatOptions _options;

    public ModelRouter(LlmSettings settings, NewsStore store, TimeProvider clock)
    {
        _settings = settings;
        _store = store;
        _clock = clock;
        _prices = new PriceTable(settings.Prices.ToDictionary(p => p.Key, p => new ModelPrice(p.Value.Input, p.Value.Output)));
        _models = settings.Chain().Select(m =>
        {
            var breaker = new CircuitBreakerStateProvider();
            var http = LlmHttp.Create(settings, breaker);
            return (m.Model!, ChatClientFactory.Create(m, settings, http), http, breaker);
        }).ToList();
        _options = new ChatOptions
        {
            Temperature = 0.2f,
            MaxOutputTokens = 2000,
            ResponseFormat = settings.JsonSchema
                ? ChatResponseFormat.ForJsonSchema(JsonDocument.Parse(DraftSchema.Json).RootElement.Clone(), DraftSchema.Name)
                : ChatResponseFormat.Json,
        };
    }

    public bool IsConfigured => _models.Count > 0;

    public string Describe => string.Join(" → ", _models.Select(m => m.Name));

    /// <summary>Things said once per run, such as a model whose circuit opened.</summary>
    public IReadOnlyList<string> Notices => _notices;

    /// <summary>The first composed brief that validates, with every request's tokens and cost added up; or why none did.</summary>
    public async Task<RoutedBrief> AskAsync(LlmPrompt prompt, Func<LlmDraft, string, ComposedBrief> compose, CallTag tag, CancellationToken cancellationToken)
    {
        var spent = new Spend();
        var reasons = new List<string>();
        var answered = false;
        var budgetLogged = false;
        void Log(string model, int tokensIn, int tokensOut, double cost, string outcome, string? detail)
        {
            // The prompt's size against whole articles goes on the brief's first ledger row only, so sums count each brief once.
            var budget = !budgetLogged && tag.WholeTokens is not null;
            budgetLogged |= budget;
            _store.LlmCalls.Add(new LlmCall(_clock.GetUtcNow(), tag.StoryId, tag.Language, prompt.Purpose, model, tokensIn, tokensOut,
                cost, outcome, detail, budget ? prompt.Tokens : null, budget ? tag.WholeTokens : null));
        }

        foreach (var (name, client, _, breaker) in _models)
        {
            if (_broken.Contains(name))
            {
                reasons.Add($"{name}: not asked (circuit open for this run)");
                continue;
            }

            var key = $"{name}\u0001{prompt.Hash}";
            if (_store.LlmCache.Find(key) is { } cached && DraftParser.Parse(cached.Response).Draft is { } stored
                && Compose(compose, stored, name, out _) is { IsValid: true } fromCache)
            {
                answered = true;
                Log(name, 0, 0, 0, "cached", fromCache.Verdict);
                return RoutedBrief.Done(fromCache, name, spent.With(cached.TokensIn, cached.TokensOut, _prices.Cost(name, cached.TokensIn, cached.TokensOut)).Usage(0));
            }

            var messages = new List<ChatMessage> { new(ChatRole.System, prompt.System), new(ChatRole.User, prompt.User) };
            for (var attempt = 0; attempt <= _settings.MaxRepairs; attempt++)
            {
                ChatResponse response;
                try
                {
                    response = await client.GetResponseAsync(messages, _options, cancellationToken);
                }
                catch (Exception e) when (!cancellationToken.IsCancellationRequested)
                {
                    var fault = FaultDescription.Of(e);
                    Log(name, 0, 0, 0, "error", fault);
                    reasons.Add($"{name}: {fault}");
                    if (breaker.CircuitState is CircuitState.Open or CircuitState.Isolated && _broken.Add(name))
                    {
                        _notices.Add($"model {name} failed {Math.Max(2, _settings.BreakAfterFailures)} tries in a row ({fault}); it is not asked again in this run, and its stories keep the extractive brief");
                    }

                    break;
                }

                answered = true;
                var text = response.Text;
                var tokensIn = (int)(response.Usage?.InputTokenCount ?? prompt.Tokens);
                var tokensOut = (int)(response.Usage?.OutputTokenCount ?? TokenCounter.Count(text));
                var cost = _prices.Cost(name, tokensIn, tokensOut);
                spent = spent.With(tokensIn, tokensOut, cost);
                var parsed = DraftParser.Parse(text);
                if (parsed.Draft is null)
                {
                    Log(name, tokensIn, tokensOut, cost, "unreadable", parsed.Error);
                    reasons.Add($"{name}: {parsed.Error}");
                    messages.Add(new ChatMessage(ChatRole.Assistant, text));
                    messages.Add(new ChatMessage(ChatRole.User, $"That answer could not be used: {parsed.Error}. Answer again with the JSON object only."));
                    continue;
                }

                var composed = Compose(compose, parsed.Draft, name, out var failure);
                if (composed is not { IsValid: true })
                {
                    var verdict = composed?.Verdict ?? failure;
                    Log(name, tokensIn, tokensOut, cost, "rejected", verdict);
                    reasons.Add($"{name}: {verdict}");
                    break;
                }

                Log(name, tokensIn, tokensOut, cost, "ok", composed.Verdict);
                _store.LlmCache.Put(key, name, new CachedAnswer(text, tokensIn, tokensOut), _clock.GetUtcNow());
                return RoutedBrief.Done(composed, name, spent.Usage(0));
            }
        }

        var reason = reasons.Count == 0 ? "no model configured" : string.Join(" | ", reasons);
        Log("-", 0, 0, 0, "fallback", reason);
        return new RoutedBrief(null, null, spent.Usage(0), reason) { Unreached = !answered };
    }

    /// <summary>Composes a draft; an answer shaped in a way the composer did not foresee is that answer's fault, so it
    /// rejects the answer (and the next model is asked) instead of ending the run.</summary>
    private static ComposedBrief? Compose(Func<LlmDraft, string, ComposedBrief> compose, LlmDraft draft, string model, out string failure)
    {
        try
        {
            failure = "";
            return compose(draft, model);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or IndexOutOfRangeException or NullReferenceException or KeyNotFoundException)
        {
            failure = $"rejected: the answer could not be composed ({e.GetType().Name}: {e.Message})";
            return null;
        }
    }

    public void Dispose()
    {
        foreach (var (_, client, http, _) in _models)
        {
            client.Dispose();
            http.Dispose();
        }
    }

    private readonly record struct Spend(int TokensIn, int TokensOut, double CostUsd)
    {
        public Spend With(int tokensIn, int tokensOut, double cost) => new(TokensIn + tokensIn, TokensOut + tokensOut, CostUsd + cost);

        public LlmUsage Usage(int unsupported) => new(TokensIn, TokensOut, CostUsd, unsupported);
    }
}

/// <summary>Which story and language a request is for, and the whole-article token count to compare its prompt with.</summary>
public sealed record CallTag(string StoryId, string Language, int? WholeTokens = null);

/// <summary>The composed brief with its spend written into the front matter, or why no model delivered one.</summary>
public sealed record RoutedBrief(StoryBrief? Brief, string? Model, LlmUsage Usage, string? Failure)
{
    /// <summary>True when no model answered at all (timeouts, refused connections, open circuits): the story is asked
    /// for again on the next run, unlike one whose answers were read and rejected.</summary>
    public bool Unreached { get; init; }

    internal static RoutedBrief Done(ComposedBrief composed, string model, LlmUsage spend)
    {
        var usage = spend with { Unsupported = composed.Unsupported, TranslatedFrom = composed.Brief.FrontMatter.Usage?.TranslatedFrom };
        return new RoutedBrief(composed.Brief with { FrontMatter = composed.Brief.FrontMatter with { Usage = usage } }, model, usage, null);
    }
}
