namespace Newsdesk.Core.Cluster;

/// <summary>Thresholds of the story and thread clustering; defaults chosen on the demo corpus (to be tuned on dev data).</summary>
public sealed record ClusterOptions
{
    /// <summary>TF-IDF cosine between an article and a story's centroid above which the article joins.</summary>
    public double LexicalThreshold { get; init; } = 0.3;

    /// <summary>IDF-weighted share of an article's names and figures found in a story; lets EN and DE reports meet.</summary>
    public double EntityThreshold { get; init; } = 0.5;

    /// <summary>Similarity is fully counted within this many hours of the story's newest article...</summary>
    public double FreshHours { get; init; } = 6;

    /// <summary>...and decays with this time constant after that, so a follow-up a day later starts its own story.</summary>
    public double DecayHours { get; init; } = 24;

    /// <summary>Articles further apart than this from a story's newest article start a new story.</summary>
    public TimeSpan StoryWindow { get; init; } = TimeSpan.FromDays(2);

    /// <summary>IDF-weighted share of names two stories must have in common to be one thread.</summary>
    public double ThreadThreshold { get; init; } = 0.35;
}
