using System.Globalization;
using System.Text.RegularExpressions;
using Newsdesk.Core.Ingest;
using Newsdesk.Core.Model;
using Newsdesk.Core.Text;
using YamlDotNet.Serialization;

namespace Newsdesk.Core.Extract;

/// <summary>
/// Local files that are not HTML: Markdown (optionally with YAML front matter: title, date/published, author,
/// language) and plain text (first line the title). Both become the same <see cref="Article"/> a web page does.
/// </summary>
public static partial class TextDocumentReader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().IgnoreUnmatchedProperties().Build();

    public static bool Handles(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".md" or ".markdown" or ".txt" or ".text";

    public static Article Read(string text, Uri url)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var isMarkdown = url.AbsolutePath.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || url.AbsolutePath.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);
        var front = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (isMarkdown && text.StartsWith("---\n", StringComparison.Ordinal) && text.IndexOf("\n---\n", 4, StringComparison.Ordinal) is var end and > 0)
        {
            try
            {
                front = new Dictionary<string, string>(Yaml.Deserialize<Dictionary<string, object?>>(text[4..end]) is { } map
                    ? map.Where(kv => kv.Value is string or DateTime).ToDictionary(kv => kv.Key, kv => Convert.ToString(kv.Value, CultureInfo.InvariantCulture)!)
                    : [], StringComparer.OrdinalIgnoreCase);
            }
            catch (YamlDotNet.Core.YamlException)
            {
                // Broken front matter: read the file as if it had none.
            }

            text = text[(end + 5)..];
        }

        var blocks = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(b => isMarkdown ? Plain(b) : Whitespace().Replace(b, " "))
            .Where(b => b.Length > 0)
            .ToList();
        if (blocks.Count == 0)
        {
            throw new NoArticleException(url.ToString());
        }

        var title = front.GetValueOrDefault("title") ?? blocks[0];
        if (!front.ContainsKey("title") && blocks.Count > 1)
        {
            blocks.RemoveAt(0);
        }

        var language = front.GetValueOrDefault("language") ?? front.GetValueOrDefault("lang") ?? LanguageIdentifier.Identify(string.Join('\n', blocks));
        return new Article
        {
            Url = url.ToString(),
            Title = PlainText.From(title) ?? title,
            Byline = PlainText.From(front.GetValueOrDefault("author")),
            Published = FeedDateParser.Parse(front.GetValueOrDefault("published") ?? front.GetValueOrDefault("date")),
            Language = language,
            Paragraphs = blocks,
            ContentHash = ContentHash.Of(title, blocks),
        };
    }

    /// <summary>Markdown block to its words: headings, emphasis, list markers, images and link targets dropped.</summary>
    private static string Plain(string block)
    {
        var text = Image().Replace(block, "");
        text = Link().Replace(text, "$1");
        text = LinePrefix().Replace(text, "");
        text = Emphasis().Replace(text, "");
        return Whitespace().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(?m)^\s{0,3}(#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s?)")]
    private static partial Regex LinePrefix();

    [GeneratedRegex(@"(\*\*|__|\*|_|`)")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
