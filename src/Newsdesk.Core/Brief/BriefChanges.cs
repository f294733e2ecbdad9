using Newsdesk.Core.Model;

namespace Newsdesk.Core.Brief;

/// <summary>What a new version of a brief added and dropped, for its history: added are the sentences of its "What's
/// new" (on a first version, none); dropped are the previous version's stated facts (TL;DR, Summary, Why it matters,
/// Key points, Perspectives, FAQ) that the new version states nowhere.</summary>
public static class BriefChanges
{
    private static readonly BriefSectionKind[] Stated =
    [
        BriefSectionKind.TlDr, BriefSectionKind.Summary, BriefSectionKind.WhyItMatters, BriefSectionKind.KeyPoints,
        BriefSectionKind.Perspectives, BriefSectionKind.Faq,
    ];

    public static (List<string> Added, List<string> Dropped) Between(StoryBrief? previous, StoryBrief current)
    {
        var added = current.Section(BriefSectionKind.WhatsNew)?.Items.Select(i => i.Text).ToList() ?? [];
        if (previous is null)
        {
            return (added, []);
        }

        var now = Texts(current).ToHashSet(StringComparer.Ordinal);
        return (added, Texts(previous).Where(t => !now.Contains(t)).Distinct(StringComparer.Ordinal).ToList());
    }

    private static IEnumerable<string> Texts(StoryBrief brief) =>
        brief.Sections.Where(s => Stated.Contains(s.Kind) || s.Kind == BriefSectionKind.WhatsNew).SelectMany(s => s.Items).Select(i => i.Text);
}
