using Newsdesk.Core.Model;

namespace Newsdesk.Web.Endpoints;

/// <summary>A brief's versions as the API gives them: the story, the language, the current version and each version.</summary>
internal sealed record ApiVersions(string StoryId, string Language, int Current, IReadOnlyList<BriefVersion> Versions);
