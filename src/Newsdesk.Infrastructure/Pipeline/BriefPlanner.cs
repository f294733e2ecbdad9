using Newsdesk.Core.Brief;
using Newsdesk.Core.Model;
using Newsdesk.Core.Text;

namespace Newsdesk.Infrastructure.Pipeline;

/// <summary>
/// Decides, before any brief is written, each story's headline and slug per language, so that briefs can link to
/// each other (timeline, related, translations). Slugs are unique per language; a clash gets a numeric suffix in a
/// fixed order, so rebuilding gives the same slugs.
/// </summary>
public static class BriefPlanner
{
    public static Dictionary<string, Dictionary<string, StoryLink>> Plan(IReadOnlyList<Story> stories, IReadOnlyDictionary<long, ArticleAnalysis> articles)
    {
        var byLanguage = new Dictionary<string, Dictionary<string, StoryLink>>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var story in stories.OrderBy(s => s.FirstPublished).ThenBy(s => s.Id, StringComparer.Ordinal))
        {
            var members = story.ArticleIds.Select(id => articles[id]).ToList();
            foreach (var language in StoryLanguages.Of(members))
            {
                var quoted = StoryLanguages.Quoted(members, language);
                var terms = KeyTermExtractor.Merge(quoted.Select(a => a.KeyTerms), language);
                var termKeys = new HashSet<string>(terms.Where(t => !t.IsFigure).Select(t => TermNormalizer.Key(t.Term, language)), StringComparer.Ordinal);
                var headline = HeadlineChooser.Choose(quoted, new HashSet<string>(terms.SelectMany(t => TermNormalizer.Terms(t.Term, language))));
                var slug = SlugBuilder.Build(story.FirstPublished, headline);
                for (var n = 2; !taken.Add(language + "/" + slug); n++)
                {
                    slug = $"{SlugBuilder.Build(story.FirstPublished, headline)}-{n}";
                }

                if (!byLanguage.TryGetValue(language, out var links))
                {
                    byLanguage[language] = links = [];
                }

                links[story.Id] = new StoryLink(story.Id, language, slug, headline, story.FirstPublished, termKeys);
            }
        }

        return byLanguage;
    }
}
