namespace Newsdesk.Core.Model;

public sealed record BriefSection(BriefSectionKind Kind, IReadOnlyList<BriefItem> Items);
