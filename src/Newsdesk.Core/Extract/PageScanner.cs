using System.Text;
using AngleSharp.Dom;

namespace Newsdesk.Core.Extract;

/// <summary>
/// One iterative pass over the page body (no recursion, so any nesting depth is safe): skips boilerplate subtrees,
/// cuts the remaining text into <see cref="TextRun"/>s, sums text and link text per element, and passes each
/// paragraph's content score up to its ancestors, as Readability does, without changing the DOM.
/// </summary>
internal sealed class PageScanner
{
    private const int MinScoredChars = 25;
    private const int ScoredLevels = 5;

    private readonly List<TextRun> _runs = [];
    private readonly Dictionary<IElement, ElementStats> _stats = [];
    private readonly List<ElementStats> _open = [];
    private readonly StringBuilder _text = new();
    private readonly Dictionary<string, bool> _nameVerdicts = new(StringComparer.Ordinal);

    // Where in _open the element owning the current run sits; -1 while no run is open.
    private int _runOwnerDepth = -1;
    private int _runLinkChars;
    private int _runCommas;
    private int _linkDepth;
    private bool _pendingSpace;

    public IReadOnlyList<TextRun> Runs => _runs;
    public IReadOnlyDictionary<IElement, ElementStats> Stats => _stats;
    public BoilerplateScope Boilerplate { get; private set; } = null!;

    public static PageScanner Scan(IElement root)
    {
        var scanner = new PageScanner();
        scanner.Walk(root);
        scanner.Boilerplate = new BoilerplateScope(scanner._stats[root]);
        return scanner;
    }

    /// <summary>
    /// Depth-first over child lists by index: AngleSharp finds a node's next sibling by searching its parent's
    /// children, which turns a flat page of 100,000 paragraphs quadratic.
    /// </summary>
    private void Walk(IElement root)
    {
        Enter(root);
        var frames = new Stack<(INodeList Children, int Next, IElement Element)>();
        frames.Push((root.ChildNodes, 0, root));
        while (frames.Count > 0)
        {
            var (children, next, element) = frames.Pop();
            if (next >= children.Length)
            {
                Exit(element);
                continue;
            }

            frames.Push((children, next + 1, element));
            switch (children[next])
            {
                case IElement child when !BoilerplateRules.IsSkipped(child):
                    Enter(child);
                    frames.Push((child.ChildNodes, 0, child));
                    break;
                case IText text:
                    Append(text.Data);
                    break;
            }
        }
    }

    private void Enter(IElement element)
    {
        var isBlock = !HtmlTags.IsInline(element.LocalName);
        if (isBlock)
        {
            CloseRun();
        }
        else if (element.LocalName == "br")
        {
            AppendBreak();
        }

        if (element.LocalName == "a")
        {
            _linkDepth++;
        }

        var scope = _open.Count > 0 ? _open[^1].UnlikelyScope : null;
        var stats = new ElementStats(element, _runs.Count, _open.Count, scope);
        if (BoilerplateRules.HasUnlikelyName(element, _nameVerdicts))
        {
            stats.MarkUnlikely();
        }

        _stats[element] = stats;
        _open.Add(stats);
    }

    private void Exit(IElement element)
    {
        if (!HtmlTags.IsInline(element.LocalName))
        {
            CloseRun();
        }

        if (element.LocalName == "a")
        {
            _linkDepth--;
        }

        var stats = _open[^1];
        _open.RemoveAt(_open.Count - 1);
        stats.EndRun = _runs.Count;
        if (_open.Count > 0)
        {
            _open[^1].TextChars += stats.TextChars;
            _open[^1].LinkChars += stats.LinkChars;
        }
    }

    private void Append(string data)
    {
        if (_runOwnerDepth < 0)
        {
            // The innermost open block element owns the text that starts here.
            _runOwnerDepth = _open.Count - 1;
            while (_runOwnerDepth > 0 && HtmlTags.IsInline(_open[_runOwnerDepth].Element.LocalName))
            {
                _runOwnerDepth--;
            }
        }

        foreach (var c in data)
        {
            if (PlainText.IsInvisible(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                _pendingSpace = true;
                continue;
            }

            if (_pendingSpace && _text.Length > 0 && _text[^1] != '\n')
            {
                _text.Append(' ');
                _runLinkChars += _linkDepth > 0 ? 1 : 0;
            }

            _pendingSpace = false;
            _text.Append(c);
            _runLinkChars += _linkDepth > 0 ? 1 : 0;
            _runCommas += c is ',' or '，' ? 1 : 0;
        }
    }

    private void AppendBreak()
    {
        if (_text.Length > 0 && _text[^1] != '\n')
        {
            _text.Append('\n');
        }

        _pendingSpace = false;
    }

    private void CloseRun()
    {
        if (_runOwnerDepth < 0)
        {
            return;
        }

        var text = _text.ToString().Trim();
        _text.Clear();
        _pendingSpace = false;
        if (text.Length > 0)
        {
            var owner = _open[_runOwnerDepth];
            var run = new TextRun(owner.Element, text, Math.Min(_runLinkChars, text.Length), _runCommas, owner.UnlikelyScope);
            _runs.Add(run);
            owner.TextChars += text.Length;
            owner.LinkChars += run.LinkChars;
            if (text.Length >= MinScoredChars)
            {
                PassScoreUp(run, owner.UnlikelyScope?.Depth ?? 0);
            }
        }

        _runOwnerDepth = -1;
        _runLinkChars = 0;
        _runCommas = 0;
    }

    /// <summary>
    /// A paragraph's score goes to its container, half to the one above, then a third per level, as in Readability.
    /// Text sitting directly in a div counts for that div, the way Readability wraps such text in a paragraph.
    /// Inside an element named like boilerplate the score stops at that element, so a comment thread cannot lift
    /// the page around it.
    /// </summary>
    private void PassScoreUp(TextRun run, int floor)
    {
        var score = 1 + run.Commas + Math.Min(run.Text.Length / 100, 3);
        var start = HtmlTags.IsParagraphLike(run.Owner.LocalName) ? _runOwnerDepth - 1 : _runOwnerDepth;
        for (int depth = start, level = 0; depth >= floor && level < ScoredLevels; depth--, level++)
        {
            var ancestor = _open[depth];
            ancestor.Prior ??= ContentPrior.Of(ancestor.Element);
            ancestor.Score += score / (level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0);
        }
    }
}
