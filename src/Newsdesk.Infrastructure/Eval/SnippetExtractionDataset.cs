using System.IO.Compression;
using System.Text.Json;

namespace Newsdesk.Infrastructure.Eval;

/// <summary>
/// An extraction set scored by snippets, as trafilatura's evaluation lays it out: evaldata.json
/// (<c>{ url: { file, with: [...], without: [...] } }</c>) and html/&lt;file&gt;.gz.
/// </summary>
public sealed class SnippetExtractionDataset
{
    private SnippetExtractionDataset(string root, IReadOnlyList<SnippetPage> pages)
    {
        Root = root;
        Pages = pages;
    }

    public string Root { get; }

    /// <summary>The pages in URL order.</summary>
    public IReadOnlyList<SnippetPage> Pages { get; }

    public static bool IsSnippetSet(string path) => File.Exists(Path.Combine(path, "evaldata.json")) && Directory.Exists(Path.Combine(path, "html"));

    public static SnippetExtractionDataset Load(string root)
    {
        if (!IsSnippetSet(root))
        {
            throw new FileNotFoundException($"{root} is not a snippet extraction set (needs evaldata.json and html/)");
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(root, "evaldata.json")));
        var pages = document.RootElement.EnumerateObject()
            .Select(p => new SnippetPage(p.Name, p.Value.GetProperty("file").GetString() ?? "", Strings(p.Value, "with"), Strings(p.Value, "without")))
            .OrderBy(p => p.Url, StringComparer.Ordinal).ToList();
        return new SnippetExtractionDataset(root, pages);
    }

    /// <summary>The raw page bytes, read fully into memory before any timing starts.</summary>
    public byte[] Html(SnippetPage page)
    {
        using var file = File.OpenRead(Path.Combine(Root, "html", page.File + ".gz"));
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static List<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().Select(s => s.GetString() ?? "").Where(s => s.Length > 0).ToList() : [];
}

/// <summary>One page of a snippet set: its address, file and the snippets that belong to its main text or must not.</summary>
public sealed record SnippetPage(string Url, string File, IReadOnlyList<string> With, IReadOnlyList<string> Without);
