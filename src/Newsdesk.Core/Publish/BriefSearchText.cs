using System.Text;
using Newsdesk.Core.Model;

namespace Newsdesk.Core.Publish;

/// <summary>
/// What search indexes of a brief: the words a reader reads in it — its sections' sentences, the key terms with their
/// explanations, the FAQ's questions and answers, the perspectives' outlets — and nothing else: no front matter
/// ("sources_count: 5"), no link targets, no citation numbers, and not the Timeline, Related topics or Sources, which
/// are other stories' titles (a flood brief's Related link made "flood" find the football story). The title is
/// indexed in its own column.
/// </summary>
public static class BriefSearchText
{
    private static readonly BriefSectionKind[] Read =
    [
        BriefSectionKind.TlDr, BriefSectionKind.Summary, BriefSectionKind.WhyItMatters, BriefSectionKind.KeyPoints,
        BriefSectionKind.Perspectives, BriefSectionKind.KeyTerms, BriefSectionKind.Faq,
    ];

    public static string Of(StoryBrief brief)
    {
        var text = new StringBuilder();
        foreach (var section in brief.Sections.Where(s => Read.Contains(s.Kind)))
        {
            foreach (var item in section.Items)
            {
                if (!string.IsNullOrWhiteSpace(item.Label))
                {
                    text.Append(item.Label).Append(": ");
                }

                text.Append(item.Text).Append('\n');
            }
        }

        return text.ToString();
    }
}
