using Newsdesk.Core.Brief;
using Newsdesk.Core.Cluster;
using Newsdesk.Core.Model;
using Newsdesk.Core.Text;

namespace Newsdesk.Core.Tests.Brief;

public class ExtractiveBriefWriterTests
{
    internal static StoryBrief WriteFerryBrief(string language, params StoryLink[] others)
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
            Links = others.Append(link).ToDictionary(l => l.StoryId),
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

    [Theory]
    [InlineData("en", "operator", "**Bluewave Lines** (organisation) — operator [1]", "Kestrel Island")]
    [InlineData("de", "Reederei", "**Bluewave Lines** (Organisation) — Reederei [1]", "Port Selby")]
    public void Key_terms_list_the_names_a_source_defines_with_the_defining_words_and_the_rest_are_tags(string language, string definition, string line, string undefined)
    {
        var brief = WriteFerryBrief(language);
        var terms = brief.Section(BriefSectionKind.KeyTerms)!.Items;
        var markdown = Newsdesk.Core.Publish.MarkdownBriefRenderer.Render(brief);

        // "The operator Bluewave Lines" / "Die Reederei Bluewave Lines": the role in front is the explanation.
        Assert.Contains(terms, t => t.Label == "Bluewave Lines" && t.Kind == KeyTermKind.Organisation && t.Text == definition);
        Assert.Contains(line, markdown, StringComparison.Ordinal);
        // No source says what the place is: not listed with a sentence that merely names it, but still a tag.
        Assert.DoesNotContain(terms, t => t.Label == undefined);
        Assert.Contains(SlugBuilder.Slugify(undefined), brief.FrontMatter.Tags);
        Assert.All(terms, t => Assert.NotEmpty(t.Text));
    }

    [Theory]
    [InlineData("en", "Kestrel Island", "Bluewave Lines")]
    [InlineData("de", "Port Selby", "Bluewave Lines")]
    public void Related_topics_are_labelled_with_the_shared_terms_as_written_not_their_stems(string language, string place, string company)
    {
        var keys = new HashSet<string> { TermNormalizer.Key(place, language), TermNormalizer.Key(company, language) };
        var other = new StoryLink("other", language, "2026-06-20-earlier", "Earlier story", new DateTimeOffset(2026, 6, 20, 8, 0, 0, TimeSpan.Zero), keys);

        var related = WriteFerryBrief(language, other).Section(BriefSectionKind.RelatedTopics)!.Items.Single();

        Assert.Equal("2026-06-20-earlier", related.LinkSlug);
        Assert.Equal(new[] { company, place }.Order(StringComparer.Ordinal), related.Label!.Split(", ").Order(StringComparer.Ordinal));
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
    public void Featured_is_the_top_quarter_of_a_days_stories_and_never_a_single_source_story()
    {
        var at = DateTimeOffset.UnixEpoch;
        var day = Enumerable.Range(1, 8).Select(i => ($"s{i}", 0.5 + (i / 100.0), at)).ToList();

        Assert.Equal(["s7", "s8"], FeaturedStories.Pick(day).Order(StringComparer.Ordinal));
        Assert.Equal(["s1"], FeaturedStories.Pick([("s1", 0.65, at)]));
        Assert.Empty(FeaturedStories.Pick([("s1", 0.425, at)]));
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
