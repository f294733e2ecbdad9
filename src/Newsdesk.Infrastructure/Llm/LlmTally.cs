namespace Newsdesk.Infrastructure.Llm;

/// <summary>What the model engine did in one run, for the run's summary.</summary>
public sealed class LlmTally
{
    private readonly List<string> _fallbacks = [];

    public int Briefs { get; private set; }
    public int Translations { get; private set; }
    public int TokensIn { get; private set; }
    public int TokensOut { get; private set; }
    public double CostUsd { get; private set; }
    public int Unsupported { get; private set; }

    /// <summary>"slug: reason" for each story that kept its extractive brief or got no translation.</summary>
    public IReadOnlyList<string> Fallbacks => _fallbacks;

    /// <summary>Said once per run (a model whose circuit opened).</summary>
    public IReadOnlyList<string> Notices { get; internal set; } = [];

    internal void Add(RoutedBrief routed, string slug, bool translation)
    {
        TokensIn += routed.Usage.TokensIn;
        TokensOut += routed.Usage.TokensOut;
        CostUsd += routed.Usage.CostUsd;
        Unsupported += routed.Usage.Unsupported;
        if (routed.Brief is null)
        {
            _fallbacks.Add($"{slug}: {routed.Failure}");
        }
        else if (translation)
        {
            Translations++;
        }
        else
        {
            Briefs++;
        }
    }
}
