using Newsdesk.Core.Model;
using Newsdesk.Core.Text;

namespace Newsdesk.Core.Brief;

/// <summary>Everything the writer needs for one story in one language; assembled by the pipeline.</summary>
public sealed record BriefContext
{
    public required Story Story { get; init; }
    public required StoryThread Thread { get; init; }
    public required string Language { get; init; }

    /// <summary>All the story's articles, every language: all are cited, the brief's language is quoted.</summary>
    public required IReadOnlyList<ArticleAnalysis> Articles { get; init; }

    /// <summary>Every story's link in this language, by story id (for the timeline and related topics).</summary>
    public required IReadOnlyDictionary<string, StoryLink> Links { get; init; }

    /// <summary>This story's slug in each of its languages.</summary>
    public required IReadOnlyDictionary<string, string> Slugs { get; init; }

    public required SiteOptions Site { get; init; }

    /// <summary>The newest story's time in the collection; recency in the importance score is measured from it.</summary>
    public required DateTimeOffset Newest { get; init; }

    /// <summary>How many reports the story has in all (<see cref="Articles"/> may be a bounded choice of them:
    /// <see cref="SourceSelection"/>); null when it is written from all of them.</summary>
    public int? TotalSources { get; init; }

    /// <summary>The stored version this brief follows, if any (see <see cref="PreviousVersion"/>).</summary>
    public PreviousVersion? Previous { get; init; }
}
