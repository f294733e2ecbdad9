namespace Newsdesk.Infrastructure.Eval;

/// <summary>
/// The SemEval-2022 Task 8 files write an article as its headline, then a line break or two spaces, then the body;
/// many texts have no such mark (headline and body run together), and then the headline is unknown.
/// </summary>
internal static class SemEvalText
{
    private const int LongestHeadline = 300;

    public static (string Headline, string Body) Split(string text)
    {
        text = text.Trim();
        var end = text.IndexOfAny(['\n', '\r']);
        var spaces = text.IndexOf("  ", StringComparison.Ordinal);
        if (end < 0 || (spaces > 0 && spaces < end))
        {
            end = spaces;
        }

        return end > 0 && end <= LongestHeadline ? (text[..end].Trim(), text[end..].Trim()) : ("", text);
    }
}
