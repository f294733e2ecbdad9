using System.Text.RegularExpressions;
using Newsdesk.Tests.Shared;

namespace Newsdesk.Infrastructure.Tests.Llm;

/// <summary>What the fake model does when asked to translate into German in these tests: it writes numbers the German
/// way ("1,200" → "1.200", "7.4" → "7,4") and leaves the rest, so names and citations stay as they were.</summary>
internal static partial class StandInTranslator
{
    public static bool IsTranslation(ModelRequest request) => request.System.StartsWith("Translate", StringComparison.Ordinal);

    public static string GermanNumbers(string text) =>
        Number().Replace(text, m => new string(m.Value.Select(c => c switch { '.' => ',', ',' => '.', _ => c }).ToArray()));

    [GeneratedRegex(@"\d+(?:[.,]\d+)+")]
    private static partial Regex Number();
}
