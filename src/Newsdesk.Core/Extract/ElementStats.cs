using AngleSharp.Dom;

namespace Newsdesk.Core.Extract;

/// <summary>
/// What one pass over the page learns about an element: the text under it, how much of that is link text, the
/// content score its paragraphs passed up, and the range of <see cref="TextRun"/>s it holds.
/// </summary>
internal sealed class ElementStats(IElement element, int firstRun, int depth, ElementStats? unlikelyScope)
{
    /// <summary>Position in the open-element stack while scanning; the root is 0.</summary>
    public int Depth { get; } = depth;

    /// <summary>The innermost element, this one or an ancestor, whose class or id names boilerplate.</summary>
    public ElementStats? UnlikelyScope { get; private set; } = unlikelyScope;

    public IElement Element { get; } = element;
    public int FirstRun { get; } = firstRun;
    public int EndRun { get; set; } = firstRun;
    public int TextChars { get; set; }
    public int LinkChars { get; set; }

    /// <summary>Set when a paragraph first passes score up: the tag's and the class/id's prior.</summary>
    public double? Prior { get; set; }

    public double Score { get; set; }

    public double LinkDensity => TextChars == 0 ? 0 : LinkChars / (double)TextChars;

    /// <summary>Readability's measure: prior plus paragraph score, discounted by the share of link text.</summary>
    public double Final => ((Prior ?? 0) + Score) * (1 - LinkDensity);

    public bool IsCandidate => Prior is not null;

    public void MarkUnlikely() => UnlikelyScope = this;

    public bool Contains(ElementStats other) => FirstRun <= other.FirstRun && other.EndRun <= EndRun && this != other;
}
