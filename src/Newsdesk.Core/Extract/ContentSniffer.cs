namespace Newsdesk.Core.Extract;

/// <summary>
/// Tells text (a page, a feed, a Markdown or text file) from everything else before it is parsed, so that a binary,
/// an image or random bytes is refused with one line instead of becoming an "article". Looks at the declared media
/// type, well-known file signatures, NUL bytes and the share of bytes that decode to control or replacement
/// characters.
/// </summary>
public static class ContentSniffer
{
    private const int Sample = 8192;

    private static readonly (byte[] Magic, string What)[] Signatures =
    [
        ("\u007fELF"u8.ToArray(), "an ELF executable"),
        ("%PDF-"u8.ToArray(), "a PDF document"),
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("GIF8"u8.ToArray(), "a GIF image"),
        ("PK\u0003\u0004"u8.ToArray(), "a ZIP archive"),
        ([0x1F, 0x8B], "gzip-compressed data"),
        ("SQLite format 3\0"u8.ToArray(), "an SQLite database"),
    ];

    /// <summary>Why these bytes are not a document Newsdesk can read, or null when they look like text.</summary>
    /// <param name="bytes">The document, or its start.</param>
    /// <param name="mediaType">The HTTP Content-Type's media type, when there was one.</param>
    public static string? Refusal(ReadOnlySpan<byte> bytes, string? mediaType = null)
    {
        if (mediaType is not null && !IsTextual(mediaType))
        {
            return $"it is {mediaType}, not a web page, feed or text file";
        }

        if (bytes.Length == 0)
        {
            return "it is empty";
        }

        var hasUtf16Bom = bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..];
        if (!hasUtf16Bom)
        {
            foreach (var (magic, what) in Signatures)
            {
                if (bytes.StartsWith(magic))
                {
                    return $"it is {what}, not a web page, feed or text file";
                }
            }
        }

        var sample = bytes[..Math.Min(bytes.Length, Sample)];
        if (hasUtf16Bom)
        {
            return null; // UTF-16 text is half NUL bytes; the decoder handles it.
        }

        if (sample.Contains((byte)0))
        {
            return "it holds NUL bytes: binary data, not a web page, feed or text file";
        }

        var text = HtmlDecoder.Decode(sample.ToArray(), null);
        var odd = 0;
        foreach (var c in text)
        {
            if (c == '\uFFFD' || (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')))
            {
                odd++;
            }
        }

        return odd > Math.Max(8, text.Length / 20)
            ? $"{odd} of its first {text.Length} characters are control or undecodable bytes: binary data, not text"
            : null;
    }

    /// <summary>Media types that can hold a page, a feed or text; anything else (images, audio, archives, executables) cannot.
    /// application/octet-stream says nothing, so the bytes decide.</summary>
    public static bool IsTextual(string mediaType)
    {
        var type = mediaType.Trim().ToLowerInvariant();
        return type.StartsWith("text/", StringComparison.Ordinal)
            || type.EndsWith("+xml", StringComparison.Ordinal) || type.EndsWith("+json", StringComparison.Ordinal)
            || type is "application/xml" or "application/xhtml+xml" or "application/json" or "application/octet-stream"
                or "application/x-rss+xml" or "application/rss+xml" or "application/atom+xml" or "application/rdf+xml"
                or "application/javascript" or "binary/octet-stream" or "";
    }
}
