namespace Newsdesk.Core.Cluster;

/// <summary>Thresholds of the story and thread clustering; defaults chosen on the demo corpus (to be tuned on dev data).</summary>
public sealed record ClusterOptions
{
    /// <summary>TF-IDF cosine between an article and a story's centroid above which the article joins.</summary>
    public double LexicalThreshold { get; init; } = 0.22;

    /// <summary>Share of the smaller side's names and figures found in the other side; lets EN and DE reports meet.</summary>
    public double EntityThreshold { get; init; } = 0.5;

    public int MinSharedEntities { get; init; } = 3;

    /// <summary>Articles further apart than this from a story's newest article start a new story.</summary>
    public TimeSpan StoryWindow { get; init; } = TimeSpan.FromDays(2);

    /// <summary>Share of central names two stories must have in common to be one thread.</summary>
    public double ThreadThreshold { get; init; } = 0.3;
}
