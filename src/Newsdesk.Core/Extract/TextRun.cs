using AngleSharp.Dom;

namespace Newsdesk.Core.Extract;

/// <summary>
/// A stretch of inline text between two block boundaries, in document order: what a reader sees as one paragraph,
/// heading or list item. <see cref="Owner"/> is the innermost block element around it.
/// </summary>
internal sealed record TextRun(IElement Owner, string Text, int LinkChars, int Commas, ElementStats? UnlikelyScope)
{
    private const int ProseChars = 80;

    public double LinkDensity => Text.Length == 0 ? 1 : LinkChars / (double)Text.Length;

    /// <summary>A paragraph of real length with little link text.</summary>
    public bool IsProse => Text.Length >= ProseChars && LinkDensity < 0.3;

    /// <summary>Paragraphs of one article share their markup: the same tag in a container of the same class.</summary>
    public string Markup => Owner.LocalName + "|" + Owner.ParentElement?.ClassName;
}
