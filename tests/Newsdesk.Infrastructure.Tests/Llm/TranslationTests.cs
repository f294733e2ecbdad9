using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Newsdesk.Core.Llm;
using Newsdesk.Core.Model;
using Newsdesk.Tests.Shared;

namespace Newsdesk.Infrastructure.Tests.Llm;

public partial class TranslationTests
{
    [Fact]
    public async Task An_english_story_gets_a_german_brief_linked_to_the_original_with_figures_names_and_citations_kept()
    {
        await using var run = await ModelRun.StartAsync();
        run.Server.Answer = request => StandInTranslator.IsTranslation(request) ? StandInTranslator.GermanNumbers(request.User) : FakeModelServer.WriteBrief(request);

        var (brief, tally) = await run.WriteAsync("de");

        Assert.True(brief.FrontMatter.Language == "de", string.Join("\n", tally.Fallbacks));
        Assert.Equal("llm:cheap", brief.FrontMatter.Engine);
        Assert.Equal("en", brief.FrontMatter.Usage!.TranslatedFrom);
        Assert.Equal(1, tally.Translations);
        var english = JsonNode.Parse(run.Server.Requests.Last().User)!;
        var tldr = brief.Section(BriefSectionKind.TlDr)!.Items[0];
        Assert.Equal(StandInTranslator.GermanNumbers(CitationMarks.Strip(english["tldr"]!.GetValue<string>())), tldr.Text);
        Assert.Contains(brief.Section(BriefSectionKind.Summary)!.Items, i => i.Text.Contains("7,4 metres", StringComparison.Ordinal));
        Assert.NotNull(brief.Section(BriefSectionKind.KeyTerms));
        Assert.Equal(2, brief.Sources.Count);
    }

    [Fact]
    public async Task A_translated_sentence_that_loses_a_figure_is_dropped_and_counted()
    {
        await using var run = await ModelRun.StartAsync();
        run.Server.Answer = request =>
        {
            if (!StandInTranslator.IsTranslation(request))
            {
                return FakeModelServer.WriteBrief(request);
            }

            var draft = JsonNode.Parse(StandInTranslator.GermanNumbers(request.User))!;
            var summary = draft["summary"]!.AsArray();
            var withFigure = summary.Select((s, i) => (s!.GetValue<string>(), i)).First(x => Figure().IsMatch(CitationMarks.Strip(x.Item1))).i;
            summary[withFigure] = Figure().Replace(summary[withFigure]!.GetValue<string>(), "viele");
            return draft.ToJsonString();
        };

        var (brief, _) = await run.WriteAsync("de");

        Assert.Equal("de", brief.FrontMatter.Language);
        Assert.Equal(1, brief.FrontMatter.Usage!.Unsupported);
        Assert.DoesNotContain(brief.Section(BriefSectionKind.Summary)!.Items, i => i.Text.Contains("viele", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\b\d[\d.,]*\b")]
    private static partial Regex Figure();
}
