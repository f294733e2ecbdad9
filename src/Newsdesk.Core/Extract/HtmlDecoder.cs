using System.Text;
using System.Text.RegularExpressions;

namespace Newsdesk.Core.Extract;

/// <summary>
/// Decodes page bytes: the BOM wins, then the HTTP header's charset, then a &lt;meta charset&gt; in the first 2 KB,
/// else UTF-8 — falling back to Windows-1252 when the bytes are not UTF-8 (the most common mislabel). A label naming
/// a single-byte charset loses to bytes that read as UTF-8 with multi-byte sequences: legacy text almost never forms
/// valid UTF-8 by accident, while servers mislabel UTF-8 as ISO-8859-1 all the time. "Reads as UTF-8" tolerates a
/// few broken sequences (a CMS that cut a teaser in the middle of a character): one bad byte must not turn a whole
/// page into mojibake; those bytes become U+FFFD.
/// </summary>
public static partial class HtmlDecoder
{
    // Valid multi-byte sequences per broken one above which the page is UTF-8 with a few defects.
    private const int ValidPerBroken = 20;

    static HtmlDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] bytes, string? headerCharset)
    {
        var bom = BomEncoding(bytes, out var skip);
        if (bom is not null)
        {
            return bom.GetString(bytes, skip, bytes.Length - skip);
        }

        var (valid, broken) = Utf8Sequences(bytes);
        var readsAsUtf8 = broken == 0 || valid >= broken * ValidPerBroken;
        var declared = Lookup(headerCharset) ?? Lookup(MetaCharset(bytes));
        if (declared is not null && declared.CodePage != Encoding.UTF8.CodePage && !(declared.IsSingleByte && valid > 0 && readsAsUtf8))
        {
            return declared.GetString(bytes);
        }

        return readsAsUtf8 ? new UTF8Encoding(false).GetString(bytes) : Encoding.GetEncoding(1252).GetString(bytes);
    }

    /// <summary>Counts well-formed multi-byte UTF-8 sequences and bytes that start or continue none.</summary>
    private static (int Valid, int Broken) Utf8Sequences(byte[] bytes)
    {
        int valid = 0, broken = 0;
        for (var i = 0; i < bytes.Length;)
        {
            var b = bytes[i];
            var length = b < 0x80 ? 1 : b is >= 0xC2 and <= 0xDF ? 2 : b is >= 0xE0 and <= 0xEF ? 3 : b is >= 0xF0 and <= 0xF4 ? 4 : 0;
            if (length == 1)
            {
                i++;
                continue;
            }

            var ok = length > 0 && i + length <= bytes.Length;
            for (var k = 1; ok && k < length; k++)
            {
                ok = (bytes[i + k] & 0xC0) == 0x80;
            }

            if (ok)
            {
                valid++;
                i += length;
            }
            else
            {
                broken++;
                i++;
            }
        }

        return (valid, broken);
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
