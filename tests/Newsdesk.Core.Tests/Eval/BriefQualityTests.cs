using Newsdesk.Core.Eval;
using Newsdesk.Core.Model;

namespace Newsdesk.Core.Tests.Eval;

public class BriefQualityTests
{
    private const string Source = "The ferry Aurora ran aground near Kestrel Island on Monday. All 212 passengers were rescued by lifeboats.";

    [Fact]
    public void Duplicates_across_sections_uncited_and_unsupported_sentences_and_empty_tags_are_counted()
    {
        var brief = Brief(tags: [],
            new BriefSection(BriefSectionKind.TlDr, [new BriefItem("The ferry Aurora ran aground near Kestrel Island on Monday.", [1])]),
            new BriefSection(BriefSectionKind.Summary,
            [
                new BriefItem("The ferry Aurora ran aground near Kestrel Island on Monday.", [1]),  // the TL;DR again
                new BriefItem("All 212 passengers were rescued by lifeboats.", []),                 // no citation
                new BriefItem("The captain was arrested.", [1]),                                    // not in source 1
            ]),
            new BriefSection(BriefSectionKind.KeyTerms, [new BriefItem("", []) { Label = "Aurora" }]));

        var quality = BriefQuality.Empty.Add(brief, new Dictionary<int, string> { [1] = Source });

        Assert.Equal(1, quality.Briefs);
        Assert.Equal(1, quality.CrossSectionDuplicates);
        Assert.Equal(1, quality.UncitedSentences);
        Assert.Equal(1, quality.UnsupportedCitations);
        Assert.Equal(1, quality.EmptyTags);
        Assert.Equal(1, quality.UnexplainedKeyTerms);
        Assert.Equal(1.0, quality.Share(BriefSectionKind.Summary));
        Assert.Equal(0.0, quality.Share(BriefSectionKind.Faq));
    }

    [Fact]
    public void A_clean_brief_counts_no_fault()
    {
        var brief = Brief(tags: ["aurora"],
            new BriefSection(BriefSectionKind.TlDr, [new BriefItem("The ferry Aurora ran aground near Kestrel Island on Monday.", [1])]),
            new BriefSection(BriefSectionKind.Summary, [new BriefItem("All 212 passengers were rescued by lifeboats.", [1])]));

        var quality = BriefQuality.Empty.Add(brief, new Dictionary<int, string> { [1] = Source });

        Assert.Equal((0, 0, 0, 0), (quality.CrossSectionDuplicates, quality.UncitedSentences, quality.UnsupportedCitations, quality.EmptyTags));
    }

    [Theory]
    [InlineData("en", "The operator Bluewave Lines said the ferry would be towed.", "Bluewave Lines", "operator", true)]
    [InlineData("en", "Ines Moreau, the harbour master, led the rescue.", "Ines Moreau", "the harbour master", true)]
    [InlineData("en", "Bluewave Lines is a regional ferry operator.", "Bluewave Lines", "a regional ferry operator", true)]
    [InlineData("de", "Die Reederei Bluewave Lines will das Schiff schleppen.", "Bluewave Lines", "Reederei", true)]
    [InlineData("de", "Die Neustedter Verkehrsbetriebe (NVB) streiken.", "NVB", "Neustedter Verkehrsbetriebe", true)]
    // A sentence that holds both but does not define one by the other.
    [InlineData("en", "Bluewave Lines said the operator would pay.", "Bluewave Lines", "operator", false)]
    [InlineData("de", "Bluewave Lines ist pleite, sagte die Reederei.", "Bluewave Lines", "Reederei", false)]
    public void A_key_term_counts_as_defined_only_when_the_source_writes_the_explanation_beside_it_as_a_definition(
        string language, string source, string term, string explanation, bool defined)
    {
        var brief = Brief(tags: ["x"], language,
            new BriefSection(BriefSectionKind.KeyTerms, [new BriefItem(explanation, [1]) { Label = term, Kind = KeyTermKind.Organisation }]));

        var quality = BriefQuality.Empty.Add(brief, new Dictionary<int, string> { [1] = source });

        Assert.Equal(1, quality.KeyTerms);
        Assert.Equal(defined ? 1 : 0, quality.DefinedKeyTerms);
    }

    [Fact]
    public void A_key_term_of_a_kind_the_gazetteer_contradicts_is_counted_and_an_explanation_is_not_a_repeated_fact()
    {
        var brief = Brief(tags: ["x"],
            new BriefSection(BriefSectionKind.Summary, [new BriefItem("The operator Bluewave Lines said the ferry would be towed.", [1])]),
            new BriefSection(BriefSectionKind.KeyTerms,
            [
                new BriefItem("operator", [1]) { Label = "Bluewave Lines", Kind = KeyTermKind.Organisation },
                new BriefItem("", []) { Label = "North Korea", Kind = KeyTermKind.Person },
                new BriefItem("", []) { Label = "South Korean", Kind = KeyTermKind.Name },
            ]));

        var quality = BriefQuality.Empty.Add(brief, new Dictionary<int, string> { [1] = "The operator Bluewave Lines said the ferry would be towed." });

        Assert.Equal(2, quality.WrongKindKeyTerms);
        Assert.Equal(0, quality.RepeatedFacts);
    }

    [Theory]
    [InlineData("Ferry Aurora ran aground near Kes", 1)]
    [InlineData("Ferry Aurora ran aground near the", 1)]
    [InlineData("Ferry Aurora ran aground near…", 0)]
    [InlineData("Ferry Aurora runs aground", 0)]
    public void A_headline_cut_short_is_counted(string title, int cut)
    {
        var brief = Brief(tags: ["x"], new BriefSection(BriefSectionKind.TlDr, [new BriefItem("The ferry Aurora ran aground near Kestrel Island on Monday.", [1])]));
        brief = brief with { FrontMatter = brief.FrontMatter with { Title = title } };

        Assert.Equal(cut, BriefQuality.Empty.Add(brief, new Dictionary<int, string> { [1] = Source }).CutHeadlines);
    }

    private static StoryBrief Brief(IReadOnlyList<string> tags, params BriefSection[] sections) => Brief(tags, "en", sections);

    private static StoryBrief Brief(IReadOnlyList<string> tags, string language, params BriefSection[] sections) =>
        new("s1", new BriefFrontMatter
        {
            Title = "Ferry Aurora runs aground",
            Slug = "ferry-aurora-runs-aground",
            Date = new DateOnly(2026, 6, 22),
            Updated = new DateTimeOffset(2026, 6, 22, 8, 0, 0, TimeSpan.Zero),
            Category = "world",
            Tags = tags,
            Language = language,
            Publisher = "Newsdesk",
            Url = "http://127.0.0.1/ferry",
        }, sections, []);
}
