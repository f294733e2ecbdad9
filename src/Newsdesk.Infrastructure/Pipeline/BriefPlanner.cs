using Newsdesk.Core.Brief;
using Newsdesk.Core.Model;
using Newsdesk.Core.Text;

namespace Newsdesk.Infrastructure.Pipeline;

/// <summary>
/// Decides, before any brief is written, each story's headline and slug per language, so that briefs can link to
/// each other (timeline, related, translations). Slugs are unique per language; a clash gets a numeric suffix in a
/// fixed order, so rebuilding gives the same slugs. A story that already has a slug keeps it, whatever its headline
/// becomes as it grows: a published address never changes.
/// </summary>
public static class BriefPlanner
{
    /// <param name="stories">The stories to plan, every one.</param>
    /// <param name="articles">Their analysed articles by id.</param>
    /// <param name="translate">Also plan the other language of each single-language story (the model engine's
    /// translation); its slug comes from the source headline, so it is as stable as the original's.</param>
    /// <param name="existing">Slugs already published, by story and language; they are kept.</param>
    /// <param name="takenElsewhere">Whether a slug is used by a story not planned here (a closed story's brief).</param>
    public static Dictionary<string, Dictionary<string, StoryLink>> Plan(IReadOnlyList<Story> stories, IReadOnlyDictionary<long, ArticleAnalysis> articles, bool translate = false,
        IReadOnlyDictionary<(string StoryId, string Language), string>? existing = null, Func<string, string, bool>? takenElsewhere = null)
    {
        var byLanguage = new Dictionary<string, Dictionary<string, StoryLink>>();
        existing ??= new Dictionary<(string, string), string>();
        var present = stories.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var taken = existing.Where(e => present.Contains(e.Key.StoryId)).Select(e => e.Key.Language + "/" + e.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var story in stories.OrderBy(s => s.FirstPublished).ThenBy(s => s.Id, StringComparer.Ordinal))
        {
            var members = story.ArticleIds.Select(id => articles[id]).ToList();
            var languages = StoryLanguages.Of(members);
            foreach (var language in translate && languages.Count == 1 ? [.. languages, StoryLanguages.Other(languages[0])] : languages)
            {
                var quoted = StoryLanguages.Quoted(members, language);
                var terms = StoryKeyTerms.Of(quoted, language);
                var termKeys = terms.GlossaryKeys(language);
                var headline = HeadlineChooser.Choose(quoted, terms.Words);
                if (!existing.TryGetValue((story.Id, language), out var slug))
                {
                    slug = SlugBuilder.Build(story.FirstPublished, headline);
                    for (var n = 2; !taken.Add(language + "/" + slug) || (takenElsewhere?.Invoke(language, slug) ?? false); n++)
                    {
                        slug = $"{SlugBuilder.Build(story.FirstPublished, headline)}-{n}";
                    }
                }

                if (!byLanguage.TryGetValue(language, out var links))
                {
                    byLanguage[language] = links = [];
                }

                links[story.Id] = new StoryLink(story.Id, language, slug, headline, story.FirstPublished, termKeys) { KeyTerms = terms };
            }
        }

        return byLanguage;
    }
}
