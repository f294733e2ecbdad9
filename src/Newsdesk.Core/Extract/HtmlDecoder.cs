using System.Text;
using System.Text.RegularExpressions;

namespace Newsdesk.Core.Extract;

/// <summary>
/// Decodes page bytes: the BOM wins, then the HTTP header's charset, then a &lt;meta charset&gt; in the first 2 KB,
/// else UTF-8 — falling back to Windows-1252 when the bytes are not valid UTF-8 (the most common mislabel). A label
/// naming a single-byte charset loses to bytes that are valid UTF-8 with multi-byte sequences: legacy text almost
/// never forms valid UTF-8 by accident, while servers mislabel UTF-8 as ISO-8859-1 all the time.
/// </summary>
public static partial class HtmlDecoder
{
    static HtmlDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] bytes, string? headerCharset)
    {
        var bom = BomEncoding(bytes, out var skip);
        if (bom is not null)
        {
            return bom.GetString(bytes, skip, bytes.Length - skip);
        }

        var declared = Lookup(headerCharset) ?? Lookup(MetaCharset(bytes));
        if (declared is not null && declared.CodePage != Encoding.UTF8.CodePage && !(declared.IsSingleByte && IsMultiByteUtf8(bytes)))
        {
            return declared.GetString(bytes);
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }

    private static bool IsMultiByteUtf8(byte[] bytes)
    {
        if (!bytes.Any(b => b >= 0x80))
        {
            return false;
        }

        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static Encoding? BomEncoding(byte[] bytes, out int skip)
    {
        (skip, var encoding) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (3, Encoding.UTF8),
            [0xFF, 0xFE, ..] => (2, Encoding.Unicode),
            [0xFE, 0xFF, ..] => (2, Encoding.BigEndianUnicode),
            _ => (0, (Encoding?)null),
        };
        return encoding;
    }

    private static string? MetaCharset(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 2048));
        var match = MetaCharsetPattern().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static Encoding? Lookup(string? name) => WebEncoding.Lookup(name);

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?([\w-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharsetPattern();
}
