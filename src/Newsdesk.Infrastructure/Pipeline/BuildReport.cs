using Newsdesk.Core.Model;
using Newsdesk.Infrastructure.Llm;
using Newsdesk.Infrastructure.Storage;

namespace Newsdesk.Infrastructure.Pipeline;

/// <summary>What the build did; <paramref name="Llm"/> is the model engine's part, null when no model is configured.</summary>
/// <param name="Articles">Articles placed into stories in this build.</param>
/// <param name="Stories">Stories begun or grown (all stories in a full build).</param>
/// <param name="Threads">Threads begun or extended (all threads in a full build).</param>
/// <param name="Briefs">Briefs considered: written plus those found unchanged.</param>
/// <param name="Llm">The model engine's tally.</param>
public sealed record BuildReport(int Articles, int Stories, int Threads, int Briefs, LlmTally? Llm = null)
{
    /// <summary>Stories begun in this build (the rest of <see cref="Stories"/> grew).</summary>
    public int Begun { get; init; }

    /// <summary>Stories that left the open window in this build: they take no more articles and are not recomputed.</summary>
    public int Closed { get; init; }

    /// <summary>Articles analysed in this build (new, or changed since their last analysis).</summary>
    public int Analysed { get; init; }

    /// <summary>Briefs written in this build; the others were left exactly as they were.</summary>
    public IReadOnlyList<StoryBrief> Written { get; init; } = [];

    /// <summary>Briefs removed because their story is gone (or no longer has that language).</summary>
    public IReadOnlyList<BriefPlace> Gone { get; init; } = [];

    /// <summary>The most articles held at once to place the new ones: the open stories' and the chunk being placed.</summary>
    public int Held { get; init; }

    /// <summary>Time spent analysing, placing (clustering and threads) and writing briefs.</summary>
    public (TimeSpan Analyse, TimeSpan Place, TimeSpan Briefs) Timings { get; init; }

    /// <summary>Stories whose briefs an earlier, stopped run owed (the build journal) and this build considered first.</summary>
    public int Resumed { get; init; }

    /// <summary>True when every story and thread was rebuilt from all articles.</summary>
    public bool Full { get; init; }

    /// <summary>True when there was nothing new to build from, so nothing was done.</summary>
    public bool Skipped { get; init; }

    public static BuildReport Nothing(LlmTally? llm) => new(0, 0, 0, 0, llm) { Skipped = true };
}
