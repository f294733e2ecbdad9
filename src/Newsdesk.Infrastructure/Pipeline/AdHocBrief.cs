using Newsdesk.Core.Brief;
using Newsdesk.Core.Cluster;
using Newsdesk.Core.Llm;
using Newsdesk.Core.Model;
using Newsdesk.Core.Text;
using Newsdesk.Infrastructure.Config;
using Newsdesk.Infrastructure.Llm;

namespace Newsdesk.Infrastructure.Pipeline;

/// <summary>`newsdesk brief`: treats the given articles as one story and writes its brief, without touching the store.</summary>
public static class AdHocBrief
{
    public static StoryBrief Write(IReadOnlyList<Article> articles, string? language, SiteSettings site) =>
        Write(articles.Select((a, i) => TextAnalyzer.Analyze(a with { Id = i + 1 })).ToList(), language, site);

    /// <summary>The brief of articles already analyzed (distinct ids), e.g. to time the writer alone; with
    /// <paramref name="totalSources"/>, as the brief of a larger story written from these of its reports.</summary>
    public static StoryBrief Write(IReadOnlyList<ArticleAnalysis> analyses, string? language, SiteSettings site, int? totalSources = null) =>
        ExtractiveBriefWriter.Write(Context(analyses, language, site) with { TotalSources = totalSources });

    /// <summary>The extractive brief and the evidence the model engine would be given for it (no model asked).</summary>
    public static (StoryBrief Brief, IReadOnlyList<EvidenceSentence> Evidence) Draft(IReadOnlyList<ArticleAnalysis> analyses, SiteSettings site) =>
        ExtractiveBriefWriter.Draft(Context(analyses, null, site), BriefPrompt.EvidenceSentences);

    /// <summary>The model engine's brief of the given articles: written in the sources' language, then translated when
    /// another language was asked for. Falls back to the extractive brief when the model fails.</summary>
    public static async Task<StoryBrief> WriteAsync(IReadOnlyList<Article> articles, string? language, SiteSettings site, LlmBriefEngine engine, CancellationToken cancellationToken)
    {
        var analyses = articles.Select((a, i) => TextAnalyzer.Analyze(a with { Id = i + 1 })).ToList();
        var native = StoryLanguages.Of(analyses);
        var context = Context(analyses, native.Contains(language ?? native[0]) ? language ?? native[0] : native[0], site);
        var (extractive, evidence) = ExtractiveBriefWriter.Draft(context, BriefPrompt.EvidenceSentences);
        var brief = await engine.WriteAsync(context, extractive, evidence, cancellationToken);
        if (language is null || language == brief.FrontMatter.Language)
        {
            return brief;
        }

        var skeleton = ExtractiveBriefWriter.Write(Context(analyses, language, site));
        return await engine.TranslateAsync(brief, skeleton, cancellationToken) ?? skeleton;
    }

    private static BriefContext Context(IReadOnlyList<ArticleAnalysis> analyses, string? language, SiteSettings site)
    {
        var articles = analyses.Select(a => a.Article).ToList();
        var byId = analyses.ToDictionary(a => a.Article.Id);
        var dates = articles.Select(a => a.Published).OfType<DateTimeOffset>().ToList();
        var first = dates.Count > 0 ? dates.Min() : DateTimeOffset.UtcNow;
        var story = new Story
        {
            Id = StoryIds.ForStory(articles[0].Key),
            ArticleIds = byId.Keys.ToList(),
            FirstPublished = first,
            Updated = dates.Count > 0 ? dates.Max() : first,
        };
        var thread = new StoryThread(StoryIds.ForThread(story.Id), [story.Id]);
        story = story with { ThreadId = thread.Id };
        var links = BriefPlanner.Plan([story], byId);
        var chosen = language ?? StoryLanguages.Of(analyses)[0];
        if (!links.ContainsKey(chosen))
        {
            // Asked for a language none of the sources is in: quote what there is, but label it honestly (its key terms
            // chosen by the writer from what it quotes, not taken from the other language's plan).
            links[chosen] = new Dictionary<string, StoryLink> { [story.Id] = links.Values.First()[story.Id] with { Language = chosen, KeyTerms = null } };
        }

        return new BriefContext
        {
            Story = story,
            Thread = thread,
            Language = chosen,
            Articles = analyses,
            Links = links[chosen],
            Slugs = links.ToDictionary(l => l.Key, l => l.Value[story.Id].Slug),
            Site = new SiteOptions(site.Publisher, site.Base),
            Newest = story.Updated,
        };
    }
}
