using System.Text;

namespace Newsdesk.Core.Extract;

/// <summary>
/// Encoding labels as the WHATWG Encoding Standard reads them: the labels of ISO-8859-1 and US-ASCII (latin1, l1,
/// ascii, iso_8859-1 …) mean windows-1252, and ISO-8859-9's mean windows-1254, because that is what the documents
/// labelled so actually contain (curly quotes and € in 0x80–0x9F). .NET's own Latin-1 and ASCII decoders would turn
/// those bytes into invisible control characters or '?'.
/// </summary>
public static class WebEncoding
{
    static WebEncoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly HashSet<string> Windows1252Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100", "iso8859-1",
        "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252", "x-cp1252",
    };

    private static readonly HashSet<string> Windows1254Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599", "iso_8859-9", "iso_8859-9:1989",
        "l5", "latin5", "windows-1254", "x-cp1254",
    };

    /// <summary>The encoding a label names, or null for an unknown label.</summary>
    public static Encoding? Lookup(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        var name = label.Trim().Trim('"', '\'');
        if (Windows1252Labels.Contains(name))
        {
            return Encoding.GetEncoding(1252);
        }

        if (Windows1254Labels.Contains(name))
        {
            return Encoding.GetEncoding(1254);
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>True when the standard reads the label differently from .NET, so the bytes must be decoded here.</summary>
    public static bool IsRemapped(string? label) =>
        label is not null && (Windows1252Labels.Contains(label.Trim()) || Windows1254Labels.Contains(label.Trim()));
}
