using System.Text;
using System.Text.RegularExpressions;

namespace Newsdesk.Core.Ingest;

/// <summary>
/// Which encoding a feed is in. A BOM or the XML declaration's encoding describes the bytes themselves and wins;
/// the HTTP header is used only when the document is silent (servers mislabel far more often than documents do).
/// </summary>
internal static partial class FeedEncoding
{
    public static bool SelfDescribed(byte[] bytes) =>
        bytes is [0xEF, 0xBB, 0xBF, ..] or [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..]
        || DeclaredEncoding().IsMatch(Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 200)));

    /// <summary>The encoding the XML declaration names, if any.</summary>
    public static string? DeclaredLabel(byte[] bytes) =>
        DeclaredEncodingLabel().Match(Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 200))) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>The document without its XML declaration, for parsing text that was already decoded.</summary>
    public static string WithoutDeclaration(string text) => XmlDeclaration().Replace(text, "", 1);

    [GeneratedRegex(@"^\s*<\?xml[^>]*encoding\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex DeclaredEncoding();

    [GeneratedRegex(@"^\s*<\?xml[^>]*encoding\s*=\s*[""']([\w.:-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex DeclaredEncodingLabel();

    [GeneratedRegex(@"^\s*<\?xml[^>]*\?>")]
    private static partial Regex XmlDeclaration();
}
