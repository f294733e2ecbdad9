namespace Newsdesk.Infrastructure.Storage;

/// <summary>What a search is made of: the words typed, with NUL and other control characters taken out (a <c>%00</c>
/// in an address reached the full-text engines as a NUL and failed the request).</summary>
internal static class SearchWords
{
    public static string Of(string query) =>
        string.Join(' ', new string(query.Select(c => char.IsControl(c) ? ' ' : c).ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
