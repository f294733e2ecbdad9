using Newsdesk.Core.Model;

namespace Newsdesk.Core.Publish;

/// <summary>What a story list shows of a brief; stored as columns so lists never parse whole briefs.</summary>
public sealed record BriefCard(string Language, string Slug, string Title, DateOnly Date, string Category, bool Featured, int SourcesCount, double Importance, string? TlDr)
{
    /// <summary>When the brief was last updated (its story's newest report): lists show it, and mark stories new or
    /// updated since the reader's last visit.</summary>
    public DateTimeOffset? Updated { get; init; }

    public static BriefCard From(StoryBrief brief)
    {
        var fm = brief.FrontMatter;
        return new BriefCard(fm.Language, fm.Slug, fm.Title, fm.Date, fm.Category, fm.Featured, fm.SourcesCount, fm.Importance,
            brief.Section(BriefSectionKind.TlDr)?.Items.FirstOrDefault()?.Text) { Updated = fm.Updated };
    }
}
