using System.IO.Compression;
using System.Text.Json;

namespace Newsdesk.Infrastructure.Eval;

/// <summary>
/// The scrapinghub article-extraction benchmark as laid out on disk: ground-truth.json, html/&lt;id&gt;.html.gz and
/// peers/&lt;name&gt;.json.gz (published outputs of other extractors).
/// </summary>
public sealed class ExtractionDataset
{
    private ExtractionDataset(string root, IReadOnlyDictionary<string, (string Body, string Url)> truth)
    {
        Root = root;
        Truth = truth;
    }

    public string Root { get; }
    public IReadOnlyDictionary<string, (string Body, string Url)> Truth { get; }

    public static bool IsExtractionSet(string path) => File.Exists(Path.Combine(path, "ground-truth.json")) && Directory.Exists(Path.Combine(path, "html"));

    public static ExtractionDataset Load(string root)
    {
        if (!IsExtractionSet(root))
        {
            throw new FileNotFoundException($"{root} is not an extraction set (needs ground-truth.json and html/)");
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(root, "ground-truth.json")));
        var truth = document.RootElement.EnumerateObject().ToDictionary(
            p => p.Name,
            p => (p.Value.GetProperty("articleBody").GetString() ?? "", p.Value.TryGetProperty("url", out var u) ? u.GetString() ?? "" : ""));
        return new ExtractionDataset(root, truth);
    }

    /// <summary>The raw page bytes, read fully into memory before any timing starts.</summary>
    public byte[] Html(string id)
    {
        using var file = File.OpenRead(Path.Combine(Root, "html", id + ".html.gz"));
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>Every peer's output: name → (id → articleBody).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Peers()
    {
        var folder = Path.Combine(Root, "peers");
        var peers = new SortedDictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return peers;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.json.gz"))
        {
            using var stream = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            using var document = JsonDocument.Parse(stream);
            var root = document.RootElement.TryGetProperty("output", out var output) ? output : document.RootElement;
            peers[Path.GetFileName(file)[..^".json.gz".Length]] = root.EnumerateObject().ToDictionary(
                p => p.Name,
                p => p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("articleBody", out var body) ? body.GetString() ?? "" : "");
        }

        return peers;
    }
}
