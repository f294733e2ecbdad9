using System.Text.RegularExpressions;

namespace Newsdesk.Core.Ingest;

/// <summary>Splits the author strings feeds carry ("Jane Doe (jane@x)", "jane@x (Jane Doe)", "jane@x") into a name.</summary>
public static partial class FeedAuthor
{
    public static string? Name(string? author)
    {
        if (string.IsNullOrWhiteSpace(author))
        {
            return null;
        }

        var match = Parenthesised().Match(author.Trim());
        if (!match.Success)
        {
            return author.Trim();
        }

        var (outer, inner) = (match.Groups[1].Value.Trim(), match.Groups[2].Value.Trim());
        return outer.Contains('@', StringComparison.Ordinal) ? inner : outer;
    }

    public static string? Display(string? name, string? email) =>
        name is null ? email : email is null ? name : $"{name} ({email})";

    [GeneratedRegex(@"^(.*?)\s*\((.*)\)$")]
    private static partial Regex Parenthesised();
}
