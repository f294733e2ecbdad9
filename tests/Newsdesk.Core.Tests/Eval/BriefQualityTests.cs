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

    private static StoryBrief Brief(IReadOnlyList<string> tags, params BriefSection[] sections) =>
        new("s1", new BriefFrontMatter
        {
            Title = "Ferry Aurora runs aground",
            Slug = "ferry-aurora-runs-aground",
            Date = new DateOnly(2026, 6, 22),
            Updated = new DateTimeOffset(2026, 6, 22, 8, 0, 0, TimeSpan.Zero),
            Category = "world",
            Tags = tags,
            Language = "en",
            Publisher = "Newsdesk",
            Url = "http://127.0.0.1/ferry",
        }, sections, []);
}
