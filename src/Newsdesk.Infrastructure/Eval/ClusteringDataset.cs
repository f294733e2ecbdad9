using System.Globalization;
using System.Text.Json;
using Newsdesk.Core.Ingest;
using Newsdesk.Core.Model;

namespace Newsdesk.Infrastructure.Eval;

/// <summary>A JSON-lines clustering set: one document per line with its gold story ({id, story, text[, title, date]}).</summary>
public sealed class ClusteringDataset
{
    private ClusteringDataset(IReadOnlyList<(Article Article, string Story)> documents) => Documents = documents;

    public IReadOnlyList<(Article Article, string Story)> Documents { get; }

    public static ClusteringDataset Load(string path)
    {
        var documents = new List<(Article, string)>();
        var number = 0;
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var text = Str(root, "text") ?? "";
            var paragraphs = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
            var title = Str(root, "title") ?? paragraphs.FirstOrDefault() ?? "";
            if (Str(root, "description") is { } description)
            {
                paragraphs.Insert(0, description);
            }

            documents.Add((new Article
            {
                Id = ++number,
                Url = "urn:doc:" + (Str(root, "id") ?? number.ToString(CultureInfo.InvariantCulture)),
                Title = title,
                Published = FeedDateParser.Parse(Str(root, "date")),
                Paragraphs = paragraphs,
            }, Str(root, "story") ?? throw new InvalidDataException($"{path}: line {number} has no story")));
        }

        return new ClusteringDataset(documents);
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.ToString() : null;
}
