namespace Newsdesk.Core.Model;

/// <summary>What the model engine spent on one brief and what its grounding check threw out.</summary>
/// <param name="TokensIn">Prompt tokens of the calls that made the brief (as the endpoint reported them).</param>
/// <param name="TokensOut">Completion tokens of those calls.</param>
/// <param name="CostUsd">Their cost from the price table (0 for local models).</param>
/// <param name="Unsupported">Generated sentences dropped because the cited sources do not back them.</param>
public sealed record LlmUsage(int TokensIn, int TokensOut, double CostUsd, int Unsupported)
{
    /// <summary>For a translated brief: the language it was translated from.</summary>
    public string? TranslatedFrom { get; init; }
}
