using System.Text.Json;
using System.Text.Json.Serialization;
using Newsdesk.Core.Model;

namespace Newsdesk.Core.Publish;

/// <summary>The JSON form of briefs, used by the export and the API, and to keep briefs in the store.</summary>
public static class JsonExport
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = false,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static string Serialize(StoryBrief brief) => JsonSerializer.Serialize(brief, Options);

    public static StoryBrief Deserialize(string json) =>
        JsonSerializer.Deserialize<StoryBrief>(json, Options) ?? throw new JsonException("stored brief is empty");
}
