using Newsdesk.Core.Brief;
using Newsdesk.Core.Llm;
using Newsdesk.Core.Model;

namespace Newsdesk.Infrastructure.Llm;

/// <summary>
/// The model engine on top of the extractive one: the extractive brief chooses the evidence and supplies the parts
/// that are facts of the store; the model writes the prose; a story whose model answer fails keeps its extractive
/// brief, with the reason in the ledger and the run's report. Never throws for a model's fault.
/// </summary>
public sealed class LlmBriefEngine(ModelRouter router, bool translate)
{
    public LlmTally Tally { get; } = new() { Notices = router.Notices };

    /// <summary>The models asked, in order ("llm:cheap → strong"): part of what a brief is written from.</summary>
    public string Describe => "llm:" + router.Describe;

    /// <summary>Whether single-language stories get the other language's brief.</summary>
    public bool Translates => translate;

    /// <summary>Whether the last brief asked for of this story and language kept the extractive brief because no model
    /// answered (see <see cref="RoutedBrief.Unreached"/>).</summary>
    public bool Unreached(string storyId, string language) => _unreached.Contains((storyId, language));

    private readonly HashSet<(string, string)> _unreached = [];

    public async Task<StoryBrief> WriteAsync(BriefContext context, StoryBrief extractive, IReadOnlyList<EvidenceSentence> evidence, CancellationToken cancellationToken)
    {
        var whole = BriefPrompt.WithWholeArticles(extractive, context.Articles);
        var check = GroundingCheck.For(extractive, context.Articles);
        var routed = await router.AskAsync(BriefPrompt.For(extractive, evidence), (draft, model) => LlmBriefComposer.Compose(extractive, draft, check, model),
            new CallTag(context.Story.Id, context.Language, whole.Tokens), cancellationToken);
        Tally.Add(routed, extractive.FrontMatter.Slug, translation: false);
        if (routed.Unreached)
        {
            _unreached.Add((context.Story.Id, context.Language));
        }

        return routed.Brief ?? extractive;
    }

    /// <summary>The brief translated into <paramref name="skeleton"/>'s language, or null when no model delivered a
    /// translation that passes the check (then there is no brief in that language).</summary>
    public async Task<StoryBrief?> TranslateAsync(StoryBrief source, StoryBrief skeleton, CancellationToken cancellationToken)
    {
        var routed = await router.AskAsync(BriefTranslation.Prompt(source, skeleton.FrontMatter.Language),
            (draft, model) => BriefTranslation.Compose(source, skeleton, draft, model),
            new CallTag(source.StoryId, skeleton.FrontMatter.Language), cancellationToken);
        Tally.Add(routed, skeleton.FrontMatter.Slug, translation: true);
        return routed.Brief;
    }
}
