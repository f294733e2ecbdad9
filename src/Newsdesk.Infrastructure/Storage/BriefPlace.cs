using System.Text.Json;

namespace Newsdesk.Infrastructure.Storage;

/// <summary>Where a brief is shown besides its own page: its category, day, thread and tags.</summary>
public sealed record BriefPlace(string StoryId, string Language, string Slug, string Category, DateOnly Date, string? Thread, IReadOnlyList<string> Tags)
{
    /// <summary>One line of JSON, as the publish journal keeps it.</summary>
    public static string Serialize(BriefPlace place) => JsonSerializer.Serialize(place);

    public static BriefPlace? Parse(string line) => JsonSerializer.Deserialize<BriefPlace>(line);
}
