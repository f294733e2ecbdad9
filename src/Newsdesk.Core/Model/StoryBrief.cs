namespace Newsdesk.Core.Model;

/// <summary>The written brief of one story in one language.</summary>
public sealed record StoryBrief(string StoryId, BriefFrontMatter FrontMatter, IReadOnlyList<BriefSection> Sections, IReadOnlyList<BriefSource> Sources)
{
    public BriefSection? Section(BriefSectionKind kind) => Sections.FirstOrDefault(s => s.Kind == kind);
}
