using System.Globalization;
using System.Text.Json;
using Newsdesk.Core.Ingest;
using Newsdesk.Core.Model;

namespace Newsdesk.Infrastructure.Eval;

/// <summary>A JSON-lines clustering set: one document per line with its gold story ({id, story, text[, title,
/// description, date]}).</summary>
public sealed class ClusteringDataset
{
    private readonly IReadOnlyList<string?> _descriptions;

    private ClusteringDataset(IReadOnlyList<(Article Article, string Story)> documents, IReadOnlyList<string?> descriptions)
    {
        Documents = documents;
        _descriptions = descriptions;
    }

    public IReadOnlyList<(Article Article, string Story)> Documents { get; }

    /// <summary>True when most documents have a description (a teaser), so the set can also be read as a feed without
    /// full text would deliver it (a document without one is then its title alone).</summary>
    public bool HasHeadlines => _descriptions.Count(d => !string.IsNullOrWhiteSpace(d)) * 2 > _descriptions.Count;

    /// <summary>The same documents as a feed without full text delivers them: title and description, no body.</summary>
    public ClusteringDataset HeadlinesOnly() => new(
        Documents.Select((d, i) => (d.Article with { Paragraphs = string.IsNullOrWhiteSpace(_descriptions[i]) ? [] : [_descriptions[i]!] }, d.Story)).ToList(),
        _descriptions);

    public static ClusteringDataset Load(string path)
    {
        var documents = new List<(Article, string)>();
        var descriptions = new List<string?>();
        var number = 0;
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var text = Str(root, "text") ?? "";
            var paragraphs = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
            var title = Str(root, "title") ?? paragraphs.FirstOrDefault() ?? "";
            var description = Str(root, "description");
            if (description is not null)
            {
                paragraphs.Insert(0, description);
            }

            descriptions.Add(description);
            documents.Add((new Article
            {
                Id = ++number,
                Url = "urn:doc:" + (Str(root, "id") ?? number.ToString(CultureInfo.InvariantCulture)),
                Title = title,
                Published = FeedDateParser.Parse(Str(root, "date")),
                Paragraphs = paragraphs,
            }, Str(root, "story") ?? throw new InvalidDataException($"{path}: line {number} has no story")));
        }

        return new ClusteringDataset(documents, descriptions);
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.ToString() : null;
}
