using Newsdesk.Infrastructure.Config;
using Newsdesk.Infrastructure.Llm;
using Newsdesk.Infrastructure.Pipeline;
using Newsdesk.Tests.Shared;

namespace Newsdesk.Infrastructure.Tests.Llm;

public class TranslatedStoryTests
{
    [Fact]
    public async Task A_single_language_story_is_stored_with_its_translation_and_each_links_to_the_other()
    {
        await using var run = await ModelRun.StartAsync();
        run.Server.Answer = request => StandInTranslator.IsTranslation(request) ? StandInTranslator.GermanNumbers(request.User) : FakeModelServer.WriteBrief(request);

        var report = await Build(run);

        var english = Assert.Single(run.Store.Briefs.List("en"));
        var german = Assert.Single(run.Store.Briefs.List("de"));
        Assert.Equal(german.FrontMatter.Slug, english.FrontMatter.Translations["de"]);
        Assert.Equal(english.FrontMatter.Slug, german.FrontMatter.Translations["en"]);
        Assert.Equal("en", german.FrontMatter.Usage!.TranslatedFrom);
        Assert.Equal(english.StoryId, german.StoryId);
        Assert.Equal((1, 1), (report.Llm!.Briefs, report.Llm.Translations));
    }

    [Fact]
    public async Task A_failed_translation_is_not_published_and_the_link_to_it_is_removed()
    {
        await using var run = await ModelRun.StartAsync();
        run.Server.Answer = request => StandInTranslator.IsTranslation(request) ? "Entschuldigung, das kann ich nicht." : FakeModelServer.WriteBrief(request);

        var report = await Build(run);

        var english = Assert.Single(run.Store.Briefs.List());
        Assert.Equal("en", english.FrontMatter.Language);
        Assert.Empty(english.FrontMatter.Translations);
        Assert.Contains("no JSON object", Assert.Single(report.Llm!.Fallbacks), StringComparison.Ordinal);
    }

    private static async Task<BuildReport> Build(ModelRun run)
    {
        run.Store.Articles.Upsert(FloodStory.English1);
        run.Store.Articles.Upsert(FloodStory.English2);
        using var router = new ModelRouter(run.Settings, run.Store, TimeProvider.System);
        return await new StoryBuilder(run.Store, new SiteSettings(), llm: new LlmBriefEngine(router, translate: true)).RunAsync(null, CancellationToken.None);
    }
}
