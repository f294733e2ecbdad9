using System.Text.RegularExpressions;

namespace Newsdesk.Core.Brief;

/// <summary>
/// How a story developed, read from its sentences in date order (one language, as quoted):
/// <list type="bullet">
/// <item>A sentence is <b>superseded</b> when a report published strictly later says the state it describes changed:
/// the older sentence describes an open state (<see cref="StatusCues.IsOpen"/>: "not yet under control", "will strike on
/// Thursday") and the newer one a change (<see cref="StatusCues.IsChange"/>: "put out", "called off") about the same
/// subject (a key term, or two words, in common); or both give a figure for the same thing ("85,000 customers" /
/// "120,000 customers") and the newer one revises it ("rose to") or shares three words with it. Reports with the
/// same time supersede nothing; every article has a time (an undated one is dated when it was fetched).</item>
/// <item>The <b>lead</b> is the newest significant development: a change or revision from the newest report that has
/// one; else, when the story grew since its last version, the best sentence with a change or a new figure from the
/// newest of the new reports. A report dated before the newest earlier report (a late arrival) never leads. Ties in
/// time go by address, so the lead does not depend on fetch order.</item>
/// <item><b>What's new</b>, on a version after the first: the new reports' sentences whose fact no earlier report
/// states, a new figure first.</item>
/// </list>
/// </summary>
internal sealed partial class StoryDevelopment
{
    private readonly HashSet<Candidate> _superseded = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Candidate> _novel = new(ReferenceEqualityComparer.Instance);

    private StoryDevelopment()
    {
    }

    /// <summary>Sentences a newer report superseded: stated nowhere as current.</summary>
    public IReadOnlyCollection<Candidate> Superseded => _superseded;

    /// <summary>The sentence to lead with (TL;DR, and its report's title as the headline), or null to lead as usual.</summary>
    public Candidate? Lead { get; private set; }

    /// <summary>True when the story grew since its previous version: the brief gets "What's new".</summary>
    public bool Grew { get; private set; }

    /// <summary>The version this brief is.</summary>
    public int Version { get; private set; } = 1;

    /// <summary>The newest article of the version before this one (null for a first version).</summary>
    public long? Baseline { get; private set; }

    /// <summary>True for a sentence of a new report that states a fact no earlier report states.</summary>
    public bool IsNovel(Candidate candidate) => _novel.Contains(candidate);

    /// <summary>True when the candidate brings a figure no earlier report gave (such a development is never dropped).</summary>
    public bool HasNewFigure(Candidate candidate) => _newFigures.Count > 0 && candidate.Figures.Any(_newFigures.Contains);

    private readonly HashSet<string> _newFigures = new(StringComparer.Ordinal);

    /// <summary>Whether each sentence reports a change (<see cref="StatusCues.IsChange"/>), read once per sentence.</summary>
    private readonly Dictionary<Candidate, bool> _change = new(ReferenceEqualityComparer.Instance);

    /// <param name="candidates">The quotable sentences of the brief's language.</param>
    /// <param name="articles">The reports the brief is written from.</param>
    /// <param name="storyArticles">Every report of the story (the brief may be written from a bounded choice).</param>
    /// <param name="previous">The stored version the brief follows, if any.</param>
    /// <param name="keyTermKeys">The story's key-term words: a shared one names the same subject.</param>
    /// <param name="language">The brief's language.</param>
    public static StoryDevelopment Read(IReadOnlyList<Candidate> candidates, IReadOnlyList<Text.ArticleAnalysis> articles, IReadOnlyList<long> storyArticles,
        PreviousVersion? previous, IReadOnlySet<string> keyTermKeys, string language)
    {
        var development = new StoryDevelopment();
        var through = storyArticles.Concat(articles.Select(a => a.Article.Id)).DefaultIfEmpty(0).Max();
        long? baseline = null;
        if (previous is not null)
        {
            var grew = through > previous.Through;
            development.Version = grew ? previous.Version + 1 : previous.Version;
            baseline = grew ? previous.Through : previous.Baseline;
        }

        development.Baseline = baseline;
        development.FindSuperseded(candidates, keyTermKeys, language);
        var fresh = baseline is { } b ? candidates.Where(c => c.Source.Article.Id > b).ToList() : [];
        // Grown in any language: the brief of the other language says so too.
        development.Grew = baseline is { } since && through > since;
        if (fresh.Count > 0)
        {
            var earlier = candidates.Where(c => c.Source.Article.Id <= baseline!.Value).ToList();
            var oldFigures = earlier.SelectMany(c => c.Figures).ToHashSet(StringComparer.Ordinal);
            foreach (var candidate in fresh)
            {
                // New: a figure no earlier report gave, a change of state, or a fact no earlier sentence states (an earlier
                // sentence that only shares who said it, "chief negotiator Petra Vogt said", does not make a pay deal's
                // figures old news).
                var news = candidate.Figures.Any(f => !oldFigures.Contains(f)) || development._change[candidate] || !earlier.Exists(candidate.SameFact);
                if (!development._superseded.Contains(candidate) && news)
                {
                    development._novel.Add(candidate);
                    development._newFigures.UnionWith(candidate.Figures.Where(f => !oldFigures.Contains(f)));
                }
            }
        }

        development.Lead = development.FindLead(candidates, baseline);
        return development;
    }

    private void FindSuperseded(IReadOnlyList<Candidate> candidates, IReadOnlySet<string> keyTermKeys, string language)
    {
        // Each sentence's cues read once: every pair of sentences is compared, and the change cue is asked again of new ones.
        var open = new Dictionary<Candidate, bool>(ReferenceEqualityComparer.Instance);
        foreach (var candidate in candidates)
        {
            _change[candidate] = StatusCues.IsChange(candidate.Text, language);
            open[candidate] = StatusCues.IsOpen(candidate.Text, language);
        }

        var changes = candidates.Where(c => _change[c] || c.Figures.Count > 0).ToList();
        foreach (var older in candidates)
        {
            var when = older.Source.Article.Published;
            foreach (var newer in changes)
            {
                if (newer.Source.Article.Published > when && Supersedes(newer, older, _change[newer], open[older] && !_change[older], keyTermKeys))
                {
                    _superseded.Add(older);
                    _developments.Add(newer);
                }
            }
        }
    }

    private readonly HashSet<Candidate> _developments = new(ReferenceEqualityComparer.Instance);

    private static bool Supersedes(Candidate newer, Candidate older, bool newerChanges, bool olderOpen, IReadOnlySet<string> keyTermKeys)
    {
        var shared = older.TermSet.Count(t => newer.TermSet.Contains(t) && !char.IsDigit(t[0]));
        var sharesKey = shared > 0 && older.TermSet.Any(t => newer.TermSet.Contains(t) && keyTermKeys.Contains(t));
        if (newerChanges && olderOpen && (shared >= 2 || sharesKey))
        {
            return true;
        }

        // A figure revised: the same thing counted again ("85,000 customers" / "120,000 customers").
        if (older.Figures.Count == 0 || newer.Figures.Count == 0 || shared < 1)
        {
            return false;
        }

        var before = Units(older.Text);
        var after = Units(newer.Text);
        return before.Exists(b => after.Exists(a => a.Unit == b.Unit && a.Figure != b.Figure) && !after.Contains(b))
            && (newerChanges || shared >= 3);
    }

    /// <summary>Each figure with the word it counts ("85,000 customers" → (85000, "customer")), as compared for revisions.</summary>
    private static List<(string Figure, string Unit)> Units(string text)
    {
        var units = new List<(string, string)>();
        foreach (Match match in Counted().Matches(text))
        {
            var figure = FactMatch.Figures(match.Groups["n"].Value + " " + match.Groups["scale"].Value).FirstOrDefault();
            var unit = match.Groups["unit"].Value.ToLowerInvariant().TrimEnd('s');
            if (figure is not null && unit.Length > 2)
            {
                units.Add((figure, unit));
            }
        }

        return units;
    }

    private Candidate? FindLead(IReadOnlyList<Candidate> candidates, long? baseline)
    {
        // Developments that superseded something (and were not superseded in turn); when the story grew, also the new
        // reports' sentences with a change or a new figure, unless their report is dated before what the brief already
        // had (a late arrival is background, not the lead). The newest report among them leads.
        var leads = _developments.Where(c => !_superseded.Contains(c)).ToList();
        if (Grew && baseline is { } since)
        {
            var newestBefore = candidates.Where(c => c.Source.Article.Id <= since).Select(c => c.Source.Article.Published).DefaultIfEmpty(null).Max();
            leads.AddRange(_novel.Where(c => (_change[c] || HasNewFigure(c)) && !(c.Source.Article.Published < newestBefore)));
        }

        return Newest(leads);
    }

    /// <summary>The best-scored candidate of the newest report among them (ties in time by address).</summary>
    private static Candidate? Newest(IEnumerable<Candidate> candidates) => candidates
        .OrderByDescending(c => c.Source.Article.Published ?? DateTimeOffset.MinValue)
        .ThenBy(c => c.Source.Article.Url, StringComparer.Ordinal)
        .ThenByDescending(c => c.Score)
        .ThenBy(c => c.Sentence.Position)
        .FirstOrDefault();

    [GeneratedRegex(@"(?<![\w.,])(?<n>\d+(?:[.,]\d+)*)\s*(?<scale>million|billion|thousand|Millionen|Milliarden|Mio\.?|Mrd\.?|Tausend)?\s+(?<unit>\p{L}{3,})", RegexOptions.IgnoreCase)]
    private static partial Regex Counted();
}
