using System.Text.RegularExpressions;
using Newsdesk.Core.Cluster;
using Newsdesk.Core.Text;

namespace Newsdesk.Core.Brief;

/// <summary>
/// The quotable sentences of a story in one language, cleaned and scored by centrality to the story
/// (cosine to the centroid), position in the article and coverage of the story's key terms.
/// </summary>
internal sealed partial class SentencePool
{
    private readonly List<Candidate> _candidates;
    private readonly RedundancyGuard _guard = new();
    private readonly HashSet<Candidate> _retired = new(ReferenceEqualityComparer.Instance);

    /// <param name="articles">The quoted articles.</param>
    /// <param name="citations">Each article's source number.</param>
    /// <param name="keyTermKeys">The story's key-term words.</param>
    /// <param name="language">The brief's language.</param>
    /// <param name="maxPerArticle">At most this many of each article's first sentences (a bounded brief of a large story,
    /// so its cost does not follow how long its reports are); all when null.</param>
    public SentencePool(IReadOnlyList<ArticleAnalysis> articles, IReadOnlyDictionary<long, int> citations, IReadOnlySet<string> keyTermKeys, string language, int? maxPerArticle = null)
    {
        var weak = SectionCues.For(language).Weak;
        var centroid = TermVector.Centroid(articles.Select(a => Vector(a.Sentences.SelectMany(s => s.Terms))));
        _candidates = articles
            .SelectMany(a => a.Sentences.Take(maxPerArticle ?? int.MaxValue).Select(s => (Article: a, Sentence: s with { Text = Dateline().Replace(s.Text, "") })))
            .Where(x => IsQuotable(x.Sentence.Text, weak))
            .Select(x => new Candidate(x.Sentence, x.Article, citations[x.Article.Article.Id],
                Score(x.Sentence, centroid, keyTermKeys)))
            .OrderByDescending(c => c.Score).ThenBy(c => c.Citation).ThenBy(c => c.Sentence.Position)
            .ToList();
    }

    /// <summary>Every quotable sentence, best first.</summary>
    public IReadOnlyList<Candidate> All => _candidates;

    /// <summary>Takes sentences out of every section (facts a newer report superseded).</summary>
    public void Retire(IEnumerable<Candidate> candidates) => _retired.UnionWith(candidates);

    /// <summary>The best fresh sentences matching <paramref name="filter"/>, chosen by MMR so they differ from each other.</summary>
    public IReadOnlyList<Candidate> Take(int count, Func<Candidate, bool>? filter = null)
    {
        var taken = new List<Candidate>();
        while (taken.Count < count)
        {
            var next = _candidates
                // Freshness first: it is cached per candidate, while a section's test (naming actors, say) is not cheap.
                .Where(c => !_retired.Contains(c) && _guard.IsFresh(c) && (filter is null || filter(c)))
                .Select(c => (Candidate: c, Mmr: 0.7 * c.Score - 0.3 * MaxSimilarity(c, taken)))
                .OrderByDescending(x => x.Mmr)
                .FirstOrDefault().Candidate;
            if (next is null)
            {
                break;
            }

            _guard.Use(next);
            taken.Add(next);
        }

        return taken;
    }

    /// <summary>The sources that report <paramref name="candidate"/>'s fact: its own citation first, then each other
    /// source with a sentence that corroborates it (<see cref="FactMatch.Corroborates"/>). Corroboration shows in the
    /// citations, not in saying the fact again.</summary>
    public IReadOnlyList<int> Citations(Candidate candidate) =>
    [
        candidate.Citation,
        .. _candidates.Where(o => o.Citation != candidate.Citation && !_retired.Contains(o) && FactMatch.Corroborates(candidate.Figures, candidate.TermSet, o.Figures, o.TermSet))
            .Select(o => o.Citation).Distinct().Order(),
    ];

    /// <summary>The <paramref name="count"/> best sentences regardless of what the writer used, near-duplicates across
    /// sources left out: the material the model engine writes from.</summary>
    public IReadOnlyList<Candidate> Ranked(int count)
    {
        var guard = new RedundancyGuard();
        var chosen = new List<Candidate>();
        foreach (var candidate in _candidates.TakeWhile(_ => chosen.Count < count).Where(c => !_retired.Contains(c) && guard.IsFresh(c)))
        {
            guard.Use(candidate);
            chosen.Add(candidate);
        }

        return chosen;
    }

    private static double MaxSimilarity(Candidate candidate, List<Candidate> taken) =>
        taken.Count == 0 ? 0 : taken.Max(t => FactMatch.Jaccard(t.TermSet, candidate.TermSet));

    private static double Score(AnalyzedSentence sentence, TermVector centroid, IReadOnlySet<string> keyTermKeys)
    {
        var centrality = centroid.Cosine(Vector(sentence.Terms));
        var position = 1.0 / (1 + sentence.Position * 0.5);
        var coverage = sentence.Terms.Count == 0 ? 0 : sentence.Terms.Count(keyTermKeys.Contains) / (double)sentence.Terms.Count;
        // Weights measured with `eval summaries` (R-1 on summeval-cnndm100 / multinews-dev100): 0.5/0.3/0.2 gave
        // 39.52 / 42.71, position-heavier 0.3/0.6/0.1 gives 40.71 / 43.02 — news puts what matters first.
        return 0.3 * centrality + 0.6 * position + 0.1 * coverage;
    }

    private static TermVector Vector(IEnumerable<string> terms)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            weights[term] = weights.GetValueOrDefault(term) + 1;
        }

        return new TermVector(weights);
    }

    /// <summary>Drops fragments, credits, photo captions and dangling openers ("He said ...") that make no sense out of context.</summary>
    private static bool IsQuotable(string text, string[] weakOpeners)
    {
        if (text.Length is < 40 or > 420 || !char.IsUpper(text[0]) && text[0] is not ('"' or '„' or '“' or '»'))
        {
            return false;
        }

        var lower = text.ToLowerInvariant();
        return !weakOpeners.Any(w => lower.StartsWith(w, StringComparison.Ordinal)) && !Credit().IsMatch(text) && !PhotoCaption.Is(text) && text[^1] is '.' or '!' or '?' or '"' or '“' or '”' or '«' or '»';
    }

    /// <summary>A wire dateline such as "PORT AVALEN (Civic Wire) — " or "(CNN) " before the first sentence.</summary>
    [GeneratedRegex(@"^(\p{Lu}[\p{Lu}\s.'-]{2,40}(\([^)]{1,40}\))?\s*[—–-]\s+|\(\s*\p{Lu}[\p{L}\s.&-]{1,30}\)\s*([—–-]\s*)?)")]
    private static partial Regex Dateline();

    [GeneratedRegex(@"^(Photo|Foto|Image|Bild|Credit|Advertisement|Anzeige|Werbung|Read more|Lesen Sie|Mehr zum Thema)\b|©|\(Photo|\(Foto", RegexOptions.IgnoreCase)]
    private static partial Regex Credit();
}
