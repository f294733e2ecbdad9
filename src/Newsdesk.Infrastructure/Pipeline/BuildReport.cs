using Newsdesk.Infrastructure.Llm;

namespace Newsdesk.Infrastructure.Pipeline;

/// <summary>What the build wrote; <paramref name="Llm"/> is the model engine's part, null when no model is configured.</summary>
public sealed record BuildReport(int Articles, int Stories, int Threads, int Briefs, LlmTally? Llm = null);
