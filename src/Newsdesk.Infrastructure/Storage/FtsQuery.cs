namespace Newsdesk.Infrastructure.Storage;

/// <summary>Turns what a user typed into a safe FTS5 query: each word quoted (no operators), all words required.</summary>
internal static class FtsQuery
{
    public static string Escape(string query) =>
        string.Join(' ', query.Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
}
