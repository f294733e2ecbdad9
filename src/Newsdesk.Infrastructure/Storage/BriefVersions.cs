using System.IO.Compression;
using System.Text;

namespace Newsdesk.Infrastructure.Storage;

/// <summary>How versions are kept: each version's Markdown Brotli-compressed (a brief of ten sources compresses to about
/// a quarter), with what it added and dropped.</summary>
internal static class BriefVersions
{
    public static byte[] Compress(string markdown)
    {
        using var output = new MemoryStream();
        using (var brotli = new BrotliStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            brotli.Write(Encoding.UTF8.GetBytes(markdown));
        }

        return output.ToArray();
    }

    public static string Decompress(byte[] stored)
    {
        using var input = new BrotliStream(new MemoryStream(stored), CompressionMode.Decompress);
        using var reader = new StreamReader(input, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
