namespace Newsdesk.Core.Extract;

/// <summary>Which tags flow inside a line of text and which stand as paragraphs of their own.</summary>
internal static class HtmlTags
{
    private static readonly HashSet<string> Inline =
    [
        "a", "abbr", "b", "bdi", "bdo", "big", "br", "cite", "code", "data", "del", "dfn", "em", "font", "i", "img", "ins",
        "kbd", "label", "mark", "nobr", "picture", "q", "s", "samp", "small", "source", "span", "strike", "strong", "sub",
        "sup", "time", "tt", "u", "var", "wbr",
    ];

    private static readonly HashSet<string> ParagraphLike = ["p", "pre", "td", "blockquote", "li", "dd", "h2", "h3", "h4", "h5", "h6"];

    public static bool IsInline(string tag) => Inline.Contains(tag);

    public static bool IsHeading(string tag) => tag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    public static bool IsParagraphLike(string tag) => ParagraphLike.Contains(tag);
}
