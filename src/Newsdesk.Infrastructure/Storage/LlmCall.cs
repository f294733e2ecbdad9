namespace Newsdesk.Infrastructure.Storage;

/// <summary>
/// One request to a model (or one fallback), as the cost ledger keeps it. Outcome is ok, cached (answered from the
/// cache, cost 0), unreadable (not JSON for the schema), rejected (failed the grounding check), error (the endpoint
/// failed) or fallback (the extractive brief was kept). PromptTokens is the prompt's own count (o200k); WholeTokens
/// what the same prompt would count with whole articles instead of selected sentences — the budget ratio.
/// </summary>
public sealed record LlmCall(
    DateTimeOffset At, string StoryId, string Language, string Purpose, string Model, int TokensIn, int TokensOut, double CostUsd,
    string Outcome, string? Detail = null, int? PromptTokens = null, int? WholeTokens = null);
