using System.Text.Json;
using System.Text.RegularExpressions;

namespace Newsdesk.Infrastructure.Eval;

/// <summary>
/// The feedparser conformance corpus: cases.json (file, field, expected) over wellformed/**.xml. Files under base/
/// named http_* were served from http://127.0.0.1:8097/&lt;path&gt; with the headers their comment lists.
/// </summary>
public sealed partial class FeedConformanceSet
{
    private FeedConformanceSet(string root, IReadOnlyList<FeedCase> cases)
    {
        Root = root;
        Cases = cases;
    }

    public string Root { get; }
    public IReadOnlyList<FeedCase> Cases { get; }

    public static FeedConformanceSet Load(string root)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(root, "cases.json")));
        var cases = json.RootElement.EnumerateArray().Select(c => new FeedCase(
            c.GetProperty("file").GetString()!,
            c.GetProperty("field").GetString()!,
            c.GetProperty("expected").ValueKind == JsonValueKind.String ? c.GetProperty("expected").GetString() : c.GetProperty("expected").ToString())).ToList();
        return new FeedConformanceSet(root, cases);
    }

    public byte[] Bytes(FeedCase feedCase) => File.ReadAllBytes(Path.Combine(Root, feedCase.File));

    /// <summary>The address the file was served from, moved by a Content-Location header when its comment names one.</summary>
    public Uri BaseUri(FeedCase feedCase)
    {
        var served = new Uri("http://127.0.0.1:8097/" + feedCase.File);
        var header = ContentLocation().Match(File.ReadAllText(Path.Combine(Root, feedCase.File)));
        return Path.GetFileName(feedCase.File).StartsWith("http_", StringComparison.Ordinal) && header.Success && Uri.TryCreate(served, header.Groups[1].Value.Trim(), out var moved)
            ? moved
            : served;
    }

    [GeneratedRegex(@"Header:\s*Content-Location:\s*(\S+)")]
    private static partial Regex ContentLocation();
}

public sealed record FeedCase(string File, string Field, string? Expected);
