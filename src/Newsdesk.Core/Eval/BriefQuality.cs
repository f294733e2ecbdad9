using Newsdesk.Core.Brief;
using Newsdesk.Core.Model;
using Newsdesk.Core.Text;

namespace Newsdesk.Core.Eval;

/// <summary>
/// The faults AI-written briefs are known for, counted over written briefs: the same sentence or a near-paraphrase
/// (token Jaccard over 0.6) in two sections; pairs of sentences anywhere in a brief that state the same fact
/// (<see cref="FactMatch.Same"/>: a paraphrase, or a shared figure about the same thing); a sentence without a
/// citation; a citation whose source does not hold the sentence (its first citation) or a sentence reporting the same
/// fact (<see cref="FactMatch.Corroborates"/>, the others); empty tags on a brief that has key terms; and how many
/// briefs have each section, and how many key terms came without an explanation sentence; FAQ answers that miss their
/// question, empty labels, and photo captions quoted as sentences (<see cref="PhotoCaption"/>).
/// </summary>
public sealed record BriefQuality(
    int Briefs,
    int CrossSectionDuplicates,
    int RepeatedFacts,
    int FaqMisfits,
    int EmptyLabels,
    int Captions,
    int UncitedSentences,
    int UnsupportedCitations,
    int EmptyTags,
    int UnexplainedKeyTerms,
    IReadOnlyDictionary<BriefSectionKind, int> SectionCounts)
{
    /// <summary>Key terms listed, over all briefs.</summary>
    public int KeyTerms { get; init; }

    /// <summary>Key terms whose explanation stands next to the term in the cited source the way a definition does
    /// (<see cref="Defines"/>).</summary>
    public int DefinedKeyTerms { get; init; }

    /// <summary>Key terms typed against what the <see cref="Gazetteer"/> knows: a country or city typed as a person or an
    /// organisation, a word for a people listed at all.</summary>
    public int WrongKindKeyTerms { get; init; }

    /// <summary>Headlines shown cut inside a word or after a function word (<see cref="HeadlineChooser.IsCut(string, string, string)"/>).</summary>
    public int CutHeadlines { get; init; }

    public const double ParaphraseJaccard = 0.6;

    /// <summary>Sections made of sentences quoted from the sources (the rest are links and titles).</summary>
    private static readonly BriefSectionKind[] SentenceSections =
    [
        BriefSectionKind.TlDr, BriefSectionKind.Summary, BriefSectionKind.WhyItMatters, BriefSectionKind.KeyPoints,
        BriefSectionKind.Perspectives, BriefSectionKind.KeyTerms, BriefSectionKind.Faq,
    ];

    public static BriefQuality Empty { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, new Dictionary<BriefSectionKind, int>());

    public double Share(BriefSectionKind kind) => Briefs == 0 ? 0 : SectionCounts.GetValueOrDefault(kind) / (double)Briefs;

    /// <summary>Adds one brief to the counts.</summary>
    /// <param name="brief">The written brief.</param>
    /// <param name="sourceTexts">Each source's full text (title and body), by the brief's citation number.</param>
    public BriefQuality Add(StoryBrief brief, IReadOnlyDictionary<int, string> sourceTexts)
    {
        var language = brief.FrontMatter.Language;
        var sentences = brief.Sections.Where(s => SentenceSections.Contains(s.Kind))
            .SelectMany(s => s.Items.Where(i => i.Text.Length > 0).Select(i => (s.Kind, Item: i, Terms: new HashSet<string>(TermNormalizer.Terms(i.Text, language), StringComparer.Ordinal))))
            .ToList();
        var figures = sentences.Select(s => FactMatch.Figures(s.Item.Text)).ToList();
        var (duplicates, repeated) = (0, 0);
        // A key term's explanation is a few defining words ("turbine maker"), not a statement of the story's facts: it is
        // checked for defining its term and for its citation, not for repeating what a sentence elsewhere says.
        for (var a = 0; a < sentences.Count; a++)
        {
            for (var b = a + 1; b < sentences.Count && sentences[a].Kind != BriefSectionKind.KeyTerms; b++)
            {
                if (sentences[b].Kind == BriefSectionKind.KeyTerms)
                {
                    continue;
                }

                if (sentences[a].Kind != sentences[b].Kind && (sentences[a].Item.Text == sentences[b].Item.Text || FactMatch.Jaccard(sentences[a].Terms, sentences[b].Terms) > ParaphraseJaccard))
                {
                    duplicates++;
                }

                if (sentences[a].Item.Text == sentences[b].Item.Text || FactMatch.Same(figures[a], sentences[a].Terms, figures[b], sentences[b].Terms))
                {
                    repeated++;
                }
            }
        }

        var normalized = sourceTexts.ToDictionary(kv => kv.Key, kv => Normalize(kv.Value));
        var sourceFacts = new Dictionary<int, List<(HashSet<string> Figures, HashSet<string> Terms)>>();
        List<(HashSet<string> Figures, HashSet<string> Terms)> FactsOf(int source) => sourceFacts.TryGetValue(source, out var facts) ? facts
            : sourceFacts[source] = SentenceSplitter.Split(sourceTexts[source].Split('\n'))
                .Select(t => (FactMatch.Figures(t), new HashSet<string>(TermNormalizer.Terms(t, language), StringComparer.Ordinal))).ToList();
        bool Supported(string sentence, HashSet<string> terms, int citation, bool first) =>
            normalized.TryGetValue(citation, out var text) && (text.Contains(Normalize(sentence), StringComparison.Ordinal)
                || (!first && FactsOf(citation).Exists(f => FactMatch.Corroborates(FactMatch.Figures(sentence), terms, f.Figures, f.Terms))));
        var unsupported = sentences.Sum(s => s.Item.Citations.Select((n, i) => (n, i)).Count(c => !Supported(s.Item.Text, s.Terms, c.n, c.i == 0)));
        var counts = new Dictionary<BriefSectionKind, int>(SectionCounts);
        foreach (var kind in brief.Sections.Where(s => s.Items.Count > 0).Select(s => s.Kind).Distinct())
        {
            counts[kind] = counts.GetValueOrDefault(kind) + 1;
        }

        var keyTerms = brief.Section(BriefSectionKind.KeyTerms)?.Items ?? [];
        var hasKeyTerms = keyTerms.Count > 0;
        return new BriefQuality(
            Briefs + 1,
            CrossSectionDuplicates + duplicates,
            RepeatedFacts + repeated,
            FaqMisfits + (brief.Section(BriefSectionKind.Faq)?.Items.Count(i => !FaqFits(i.Label ?? "", i.Text, language)) ?? 0),
            EmptyLabels + brief.Sections.Where(s => s.Kind is BriefSectionKind.Perspectives or BriefSectionKind.KeyTerms or BriefSectionKind.Faq)
                .Sum(s => s.Items.Count(i => string.IsNullOrWhiteSpace(i.Label))),
            Captions + sentences.Count(s => PhotoCaption.Is(s.Item.Text)),
            UncitedSentences + sentences.Count(s => s.Item.Citations.Count == 0),
            UnsupportedCitations + unsupported,
            EmptyTags + (hasKeyTerms && brief.FrontMatter.Tags.Count == 0 ? 1 : 0),
            UnexplainedKeyTerms + keyTerms.Count(i => i.Text.Length == 0),
            counts)
        {
            KeyTerms = KeyTerms + keyTerms.Count,
            DefinedKeyTerms = DefinedKeyTerms + keyTerms.Count(i => i.Citations.Count > 0 && normalized.TryGetValue(i.Citations[0], out var text) && Defines(i.Label ?? "", i.Text, text)),
            WrongKindKeyTerms = WrongKindKeyTerms + keyTerms.Count(i => WrongKind(i.Label ?? "", i.Kind)),
            CutHeadlines = CutHeadlines + (HeadlineChooser.IsCut(brief.FrontMatter.Title, string.Join("\n", sourceTexts.Values), language) ? 1 : 0),
        };
    }

    /// <summary>
    /// Whether the source writes the explanation right beside the term the way a definition stands: in front of it
    /// ("turbine maker Norrvik Turbines", "Neustedter Verkehrsbetriebe (NVB)"), in apposition ("Fiona Hale, the museum's
    /// director"), after "is" ("Lumen Bank is a regional lender"), in brackets, or as a person's "of the …".
    /// </summary>
    public static bool Defines(string term, string explanation, string source)
    {
        if (term.Length == 0 || explanation.Length == 0)
        {
            return false;
        }

        string[] layouts =
        [
            explanation + " " + term, explanation + ", " + term + ",", explanation + " (" + term + ")", term + ", " + explanation,
            term + " (" + explanation, term + " is " + explanation, term + " was " + explanation, term + " are " + explanation,
            term + " ist " + explanation, term + " war " + explanation, term + " sind " + explanation, term + " " + explanation,
        ];
        return layouts.Any(l => source.Contains(l, StringComparison.Ordinal) && (l != term + " " + explanation || explanation.StartsWith("of ", StringComparison.Ordinal)));
    }

    private static bool WrongKind(string term, KeyTermKind? kind) =>
        Gazetteer.Default.IsDemonym(term) || (Gazetteer.Default.IsPlace(term) && kind is KeyTermKind.Person or KeyTermKind.Organisation);

    /// <summary>
    /// Whether an FAQ answer fits its question, judged from the text alone: When → a time and nothing ahead; How much →
    /// a figure; Who → two named actors; What next → a plan or forecast that is not a quote. An unknown question fits
    /// nothing.
    /// </summary>
    public static bool FaqFits(string question, string answer, string language)
    {
        var cues = SectionCues.For(language);
        var lower = answer.ToLowerInvariant();
        return question switch
        {
            "When did it happen?" or "Wann ist es passiert?" => SectionCues.Has(lower, cues.Time) && !SectionCues.Has(lower, cues.Future),
            "How much or how many?" or "Um wie viel geht es?" => FigureFinder.Find(answer).Any(),
            "Who is involved?" or "Wer ist beteiligt?" => NameTyper.NamesActors(answer, language, 2),
            "What happens next?" or "Wie geht es weiter?" => SectionCues.Has(lower, cues.Future) && !SectionCues.Has(lower, cues.Regret)
                && answer.Length > 0 && !FaqQuestion.IsQuote(answer),
            _ => false,
        };
    }

    /// <summary>Whitespace collapsed, so a sentence split across lines in the source still matches.</summary>
    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
