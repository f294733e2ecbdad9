using System.Security.Cryptography;
using System.Text;

namespace Newsdesk.Core.Text;

/// <summary>A stable fingerprint of an article's title and text, used to tell an unchanged re-fetch from an update.</summary>
public static class ContentHash
{
    public static string Of(string title, IEnumerable<string> paragraphs)
    {
        var normalized = title.Trim() + "\n" + string.Join("\n", paragraphs.Select(p => p.Trim()));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)))[..32];
    }
}
