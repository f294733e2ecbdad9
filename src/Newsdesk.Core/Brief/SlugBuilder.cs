using System.Globalization;
using System.Text;

namespace Newsdesk.Core.Brief;

/// <summary>Readable, stable slugs: the story's first date plus the first words of its headline, ASCII only.</summary>
public static class SlugBuilder
{
    public static string Build(DateTimeOffset date, string headline, int maxWords = 8)
    {
        var words = Slugify(headline).Split('-', StringSplitOptions.RemoveEmptyEntries).Take(maxWords);
        return $"{date.UtcDateTime:yyyy-MM-dd}-{string.Join('-', words)}".TrimEnd('-');
    }

    public static string Slugify(string text)
    {
        var folded = text.ToLowerInvariant()
            .Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal)
            .Replace("ü", "ue", StringComparison.Ordinal).Replace("ß", "ss", StringComparison.Ordinal)
            .Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder();
        foreach (var c in folded)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : '-');
        }

        return string.Join('-', builder.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}
