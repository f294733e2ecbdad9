using AngleSharp.Dom;

namespace Newsdesk.Core.Extract;

/// <summary>
/// A stretch of inline text between two block boundaries, in document order: what a reader sees as one paragraph,
/// heading or list item. <see cref="Owner"/> is the innermost block element around it.
/// </summary>
internal sealed record TextRun(IElement Owner, string Text, int LinkChars, int Commas, ElementStats? UnlikelyScope)
{
    public double LinkDensity => Text.Length == 0 ? 1 : LinkChars / (double)Text.Length;
}
