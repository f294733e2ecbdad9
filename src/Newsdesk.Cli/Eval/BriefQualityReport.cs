using Newsdesk.Core.Eval;
using Newsdesk.Core.Model;

namespace Newsdesk.Cli.Eval;

/// <summary>How `eval summaries` and `eval briefs` print a <see cref="BriefQuality"/>: two lines for people, one object for --json.</summary>
internal static class BriefQualityReport
{
    public static void Print(BriefQuality quality, string what)
    {
        Console.WriteLine($"brief quality over {quality.Briefs} {what}: cross-section duplicates {quality.CrossSectionDuplicates}, repeated facts {quality.RepeatedFacts}, " +
            $"FAQ misfits {quality.FaqMisfits}, empty labels {quality.EmptyLabels}, photo captions {quality.Captions}, uncited sentences {quality.UncitedSentences}, " +
            $"citations not in the cited source {quality.UnsupportedCitations}, empty tags {quality.EmptyTags}, headlines cut short {quality.CutHeadlines}");
        Console.WriteLine($"key terms: {quality.KeyTerms} listed, {quality.DefinedKeyTerms} explained by a defining source sentence ({Share(quality.DefinedKeyTerms, quality.KeyTerms):P0}), " +
            $"{quality.UnexplainedKeyTerms} without an explanation, {quality.WrongKindKeyTerms} of a kind the gazetteer contradicts");
        Console.WriteLine("sections present: " + string.Join(", ", Enum.GetValues<BriefSectionKind>().Select(k => $"{k} {quality.Share(k):P0}")));
    }

    public static object Figures(BriefQuality quality) => new
    {
        briefs = quality.Briefs,
        cross_section_duplicates = quality.CrossSectionDuplicates,
        repeated_facts = quality.RepeatedFacts,
        faq_misfits = quality.FaqMisfits,
        empty_labels = quality.EmptyLabels,
        photo_captions = quality.Captions,
        uncited_sentences = quality.UncitedSentences,
        unsupported_citations = quality.UnsupportedCitations,
        empty_tags = quality.EmptyTags,
        cut_headlines = quality.CutHeadlines,
        key_terms = quality.KeyTerms,
        defined_key_terms = quality.DefinedKeyTerms,
        defined_key_term_share = Math.Round(Share(quality.DefinedKeyTerms, quality.KeyTerms), 4),
        unexplained_key_terms = quality.UnexplainedKeyTerms,
        wrong_kind_key_terms = quality.WrongKindKeyTerms,
        sections = Enum.GetValues<BriefSectionKind>().ToDictionary(k => k.ToString(), k => Math.Round(quality.Share(k), 4)),
    };

    private static double Share(int part, int whole) => whole == 0 ? 0 : part / (double)whole;
}
