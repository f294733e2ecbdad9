using Newsdesk.Core.Model;

namespace Newsdesk.Core.Brief;

/// <summary>
/// Links between briefs are planned before they are written (slugs must be known to link), but a planned brief may
/// not be published — a translation the model could not deliver. This removes every link to a brief that is not
/// there: translations, previous/next, timeline and related entries.
/// </summary>
public static class BriefLinks
{
    /// <param name="briefs">The briefs to check.</param>
    /// <param name="alsoPublished">Briefs already published and kept as they are, by language and slug.</param>
    public static List<StoryBrief> Prune(IReadOnlyList<StoryBrief> briefs, IEnumerable<(string Language, string Slug)>? alsoPublished = null)
    {
        var published = briefs.Select(b => (b.FrontMatter.Language, b.FrontMatter.Slug)).Concat(alsoPublished ?? []).ToHashSet();
        return briefs.Select(brief =>
        {
            var fm = brief.FrontMatter;
            bool Here(string? slug) => slug is null || published.Contains((fm.Language, slug));
            return brief with
            {
                FrontMatter = fm with
                {
                    Translations = fm.Translations.Where(t => published.Contains((t.Key, t.Value))).ToDictionary(t => t.Key, t => t.Value),
                    Previous = Here(fm.Previous) ? fm.Previous : null,
                    Next = Here(fm.Next) ? fm.Next : null,
                },
                Sections = brief.Sections
                    .Select(s => s with { Items = s.Items.Where(i => Here(i.LinkSlug)).ToList() })
                    .Where(s => s.Items.Count > 0)
                    .ToList(),
            };
        }).ToList();
    }
}
