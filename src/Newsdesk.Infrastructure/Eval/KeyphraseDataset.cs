using System.Text.Json;

namespace Newsdesk.Infrastructure.Eval;

/// <summary>
/// Keyphrase sets as published: a JSON-lines file of {id, title, text, keyphrases} (DUC-2001), or a folder with
/// docsutf8/&lt;id&gt;.txt and keys/&lt;id&gt;.key, one gold phrase per line (500N-KPCrowd).
/// </summary>
public static class KeyphraseDataset
{
    public sealed record Document(string Id, string Title, string Text, IReadOnlyList<string> Gold);

    public static IReadOnlyList<Document> Load(string path)
    {
        if (File.Exists(path))
        {
            return File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(Parse).ToList();
        }

        var docs = Path.Combine(path, "docsutf8");
        var keys = Path.Combine(path, "keys");
        if (!Directory.Exists(docs) || !Directory.Exists(keys))
        {
            throw new FileNotFoundException($"{path} is neither a keyphrase .jsonl file nor a folder with docsutf8/ and keys/");
        }

        return Directory.EnumerateFiles(docs, "*.txt").Order(StringComparer.Ordinal).Select(file =>
        {
            var id = Path.GetFileNameWithoutExtension(file);
            var keyFile = Path.Combine(keys, id + ".key");
            var gold = File.Exists(keyFile) ? File.ReadAllLines(keyFile).Select(l => l.Trim()).Where(l => l.Length > 0).ToList() : [];
            return new Document(id, "", File.ReadAllText(file), gold);
        }).ToList();
    }

    private static Document Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        string Text(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : "";
        var gold = root.TryGetProperty("keyphrases", out var k) && k.ValueKind == JsonValueKind.Array
            ? k.EnumerateArray().Select(p => p.GetString() ?? "").Where(p => p.Length > 0).ToList()
            : [];
        return new Document(Text("id"), Text("title"), Text("text"), gold);
    }
}
