namespace Newsdesk.Core.Cluster;

/// <summary>
/// Thresholds of the story and thread clustering. The word-similarity defaults were chosen on the dev sets
/// (multinews-dev100-docs and giveme5w1h-docs, one setting for both); the time factors keep the demo corpus's
/// day-apart developments in separate stories of one thread. See the README's clustering section.
/// </summary>
public sealed record ClusterOptions
{
    /// <summary>TF-IDF cosine between an article and a story's same-language centroid at which the article joins.</summary>
    public double LexicalThreshold { get; init; } = 0.15;

    /// <summary>How much a title term adds on top of its body weight (times its IDF).</summary>
    public double TitleWeight { get; init; } = 1.5;

    /// <summary>Cosine of cross-language anchors (multilingual names and figures, lexicon concepts; IDF-weighted)
    /// between an article and a story's other-language side at which an English and a German report meet.</summary>
    public double CrossLanguageThreshold { get; init; } = 0.35;

    /// <summary>Within this many hours of a story's nearest article, similarity counts in full...</summary>
    public double StoryWindowHours { get; init; } = 6;

    /// <summary>...after that it decays with this time constant.</summary>
    public double DecayHours { get; init; } = 12;

    /// <summary>Factor on the word similarity (or, across languages, the anchor similarity) when an article shares no name
    /// or figure with the story's reports while both have some: another event of the same kind.</summary>
    public double NoSharedNameFactor { get; init; } = 0.5;

    /// <summary>An article dated more than this many hours before the newest article the stream has seen arrives late
    /// (a backfilled feed, a copy re-sent days on, a wrong date)...</summary>
    public double LateArrivalHours { get; init; } = 24;

    /// <summary>...so its date cannot keep it from a story: its time factor never falls below this, and it joins the
    /// story its words match at 1/0.6 = 1.7 times the usual bar (chosen on giveme5w1h-docs, whose dates are noisy).
    /// The product places each run's articles in date order, so only a backfilled report or a wrong date arrives late;
    /// the demo's day-apart flood stories, read in one run, stay apart whatever this factor.</summary>
    public double LateArrivalTimeFactor { get; init; } = 0.6;

    /// <summary>Estimated Jaccard similarity of five-word shingles above which an article is a copy of an earlier one.</summary>
    public double NearDuplicateSimilarity { get; init; } = 0.8;

    /// <summary>An article is indexed under, and looks stories up by, its this many highest-weighted terms.</summary>
    public int IndexTerms { get; init; } = 30;

    /// <summary>At most this many stories (those sharing the most index terms or names) are scored in full.</summary>
    public int MaxCandidates { get; init; } = 20;

    /// <summary>A lookup in the index walks at most this many of the most recent stories under each term.</summary>
    public int MaxPostingsPerKey { get; init; } = 50;

    /// <summary>IDF-weighted share of names two stories must have in common to be one thread.</summary>
    public double ThreadThreshold { get; init; } = 0.35;

    /// <summary>A story whose newest article is this many hours older than the newest article placed is closed: nothing
    /// joins it any more, and a run never loads it again. Null: stories never close (the evaluations, which feed a whole
    /// set at once). The product uses <see cref="Product"/>.</summary>
    public double? OpenStoryHours { get; init; }

    /// <summary>A new story continues a thread only when the thread's latest story began at most this many days before
    /// it. Null: any earlier thread.</summary>
    public double? ThreadWindowDays { get; init; }

    /// <summary>What the product runs with: the evaluated thresholds, plus windows that let a run hold only the open
    /// stories and threads. Three days covers the time factor's reach (about 29 hours for identical words) with room
    /// for late reports; a subject followed for more than two weeks without a story starts a new thread.</summary>
    public static ClusterOptions Product { get; } = new() { OpenStoryHours = 72, ThreadWindowDays = 14 };
}
