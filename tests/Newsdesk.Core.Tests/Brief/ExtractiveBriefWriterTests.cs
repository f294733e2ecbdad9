using Newsdesk.Core.Brief;
using Newsdesk.Core.Cluster;
using Newsdesk.Core.Model;
using Newsdesk.Core.Text;

namespace Newsdesk.Core.Tests.Brief;

public class ExtractiveBriefWriterTests
{
    internal static StoryBrief WriteFerryBrief(string language)
    {
        var articles = Fixtures.FerryStory();
        var story = new StoryClusterer(new ClusterOptions()).Cluster(articles).Single();
        var thread = new StoryThread("t1", [story.Id]);
        story = story with { ThreadId = thread.Id };
        var link = new StoryLink(story.Id, language, "2026-06-22-ferry", "Ferry Aurora runs aground", story.FirstPublished, new HashSet<string>());
        return ExtractiveBriefWriter.Write(new BriefContext
        {
            Story = story,
            Thread = thread,
            Language = language,
            Articles = articles,
            Links = new Dictionary<string, StoryLink> { [story.Id] = link },
            Slugs = new Dictionary<string, string> { ["en"] = "2026-06-22-ferry", ["de"] = "2026-06-22-faehre" },
            Site = new SiteOptions("Test Desk", "https://desk.example"),
            Newest = story.Updated,
        });
    }

    [Fact]
    public void Sections_come_in_the_designed_order_with_one_tldr_and_a_short_summary()
    {
        var brief = WriteFerryBrief("en");
        var kinds = brief.Sections.Select(s => s.Kind).ToList();

        Assert.Equal(kinds.Order().ToList(), kinds);
        Assert.Equal(BriefSectionKind.TlDr, kinds[0]);
        Assert.Single(brief.Section(BriefSectionKind.TlDr)!.Items);
        Assert.InRange(brief.Section(BriefSectionKind.Summary)!.Items.Count, 1, 5);
        Assert.Equal(BriefSectionKind.Sources, kinds[^1]);
    }

    [Fact]
    public void Every_quoted_sentence_cites_a_source_that_contains_it_and_none_repeats()
    {
        var brief = WriteFerryBrief("en");
        var articles = Fixtures.FerryStory();
        var quoted = brief.Sections
            .Where(s => s.Kind is not (BriefSectionKind.Sources or BriefSectionKind.Timeline or BriefSectionKind.RelatedTopics))
            .SelectMany(s => s.Items).Where(i => i.Text.Length > 0).ToList();

        Assert.NotEmpty(quoted);
        string TextOf(int citation) => articles.Single(a => a.Article.Url == brief.Sources.Single(s => s.Number == citation).Url).Article.Text;
        foreach (var item in quoted)
        {
            // The first source holds the sentence; every other one cited reports the same fact in its own words.
            Assert.Contains(item.Text, TextOf(item.Citations[0]), StringComparison.Ordinal);
            var terms = new HashSet<string>(TermNormalizer.Terms(item.Text, "en"), StringComparer.Ordinal);
            foreach (var other in item.Citations.Skip(1))
            {
                Assert.Contains(SentenceSplitter.Split(TextOf(other)), s =>
                    FactMatch.Corroborates(FactMatch.Figures(item.Text), terms, FactMatch.Figures(s), new HashSet<string>(TermNormalizer.Terms(s, "en"), StringComparer.Ordinal)));
            }
        }

        Assert.Equal(quoted.Count, quoted.Select(i => i.Text).Distinct().Count());
    }

    [Fact]
    public void A_german_brief_quotes_german_sources_and_cites_all_of_them()
    {
        var brief = WriteFerryBrief("de");
        var tldr = brief.Section(BriefSectionKind.TlDr)!.Items.Single();

        Assert.Equal("de", LanguageIdentifier.Identify(tldr.Text));
        Assert.Equal(3, brief.Sources.Count);
        Assert.Equal("de", brief.Sources[0].Language);
        Assert.Equal("2026-06-22-faehre", brief.FrontMatter.Slug);
        Assert.Equal("2026-06-22-ferry", brief.FrontMatter.Translations["en"]);
    }

    [Fact]
    public void Key_terms_name_the_organisations_and_places_of_the_story()
    {
        var brief = WriteFerryBrief("en");
        var terms = brief.Section(BriefSectionKind.KeyTerms)!.Items;
        var markdown = Newsdesk.Core.Publish.MarkdownBriefRenderer.Render(brief);

        Assert.Contains(terms, t => t.Label == "Kestrel Island" && t.Kind == KeyTermKind.Place);
        Assert.Contains(terms, t => t.Label!.EndsWith("Bluewave Lines", StringComparison.Ordinal) && t.Kind == KeyTermKind.Organisation);
        Assert.Contains("**Kestrel Island** (place)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Front_matter_is_filled_from_the_story()
    {
        var fm = WriteFerryBrief("en").FrontMatter;

        Assert.Equal(new DateOnly(2026, 6, 22), fm.Date);
        Assert.Equal(3, fm.SourcesCount);
        Assert.NotEmpty(fm.Tags);
        Assert.Contains(fm.Category, CategoryClassifier.Taxonomy);
        Assert.Equal("https://desk.example/en/2026-06-22-ferry/", fm.Url);
        Assert.Equal("Test Desk", fm.Publisher);
        Assert.Equal("t1", fm.Thread);
        Assert.Equal("extractive", fm.Engine);
    }

    [Fact]
    public void Importance_rewards_sources_spread_and_recency()
    {
        var now = DateTimeOffset.UnixEpoch.AddDays(100);
        Assert.True(ImportanceScore.Compute(4, 3, now, now) > ImportanceScore.Compute(1, 1, now, now));
        Assert.True(ImportanceScore.Compute(3, 3, now, now) > ImportanceScore.Compute(3, 3, now.AddDays(-6), now));
        Assert.Equal(1.0, ImportanceScore.Compute(4, 3, now, now), 6);
    }

    [Theory]
    [InlineData("Größte Fähre läuft auf Grund: 212 Passagiere gerettet", "2026-06-22-groesste-faehre-laeuft-auf-grund-212-passagiere-gerettet")]
    [InlineData("Café reopens — \"finally\"!", "2026-06-22-cafe-reopens-finally")]
    public void Slugs_are_ascii_and_start_with_the_date(string headline, string expected) =>
        Assert.Equal(expected, SlugBuilder.Build(new DateTimeOffset(2026, 6, 22, 8, 0, 0, TimeSpan.Zero), headline));
}
