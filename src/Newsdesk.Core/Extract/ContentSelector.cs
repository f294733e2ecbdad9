namespace Newsdesk.Core.Extract;

/// <summary>
/// Picks the elements that hold the article: the best-scoring container, widened to a shared ancestor when other
/// strong containers sit beside it, plus the siblings that look like more of the same (an article split by an ad
/// slot or a paywall wrapper keeps all its parts).
/// </summary>
internal static class ContentSelector
{
    private const double JunkCost = 2;

    public static IReadOnlyList<ElementStats> Select(RunVerdicts verdicts)
    {
        var scan = verdicts.Scan;
        var candidates = scan.Stats.Values.Where(s => s.IsCandidate && !scan.Boilerplate.IsBoilerplate(s.UnlikelyScope)).ToList();
        if (candidates.Count == 0)
        {
            return [];
        }

        var top = candidates.MaxBy(c => c.Final)!;
        top = Widen(top, candidates, scan);
        top = Climb(top, verdicts);
        var parent = top.Element.ParentElement is { } p && scan.Stats.TryGetValue(p, out var parentStats) ? parentStats : null;
        if (parent is null)
        {
            return [top];
        }

        var threshold = Math.Max(10, top.Final * 0.2);
        var selected = new List<ElementStats>();
        foreach (var child in parent.Element.Children)
        {
            if (!scan.Stats.TryGetValue(child, out var sibling) || scan.Boilerplate.IsBoilerplate(sibling.UnlikelyScope))
            {
                continue;
            }

            if (sibling == top || IsMoreOfTheArticle(sibling, top, threshold, scan))
            {
                selected.Add(sibling);
            }
        }

        return selected;
    }

    /// <summary>When three or more near-top containers share an ancestor with the top one, that ancestor holds the article.</summary>
    private static ElementStats Widen(ElementStats top, List<ElementStats> candidates, PageScanner scan)
    {
        var strong = candidates.Where(c => c != top && c.Final >= top.Final * 0.75 && !c.Contains(top) && !top.Contains(c)).Take(5).ToList();
        if (strong.Count < 3)
        {
            return top;
        }

        var ancestor = top.Element.ParentElement;
        for (var level = 0; ancestor is not null && level < 8; level++, ancestor = ancestor.ParentElement)
        {
            if (!scan.Stats.TryGetValue(ancestor, out var stats) || ancestor.LocalName is "body" or "html")
            {
                break;
            }

            if (strong.Count(stats.Contains) >= 3)
            {
                return stats;
            }
        }

        return top;
    }

    /// <summary>
    /// An article cut into sections (by pull quotes, figures, ad slots) scores as several containers; the one that
    /// holds all of them is found by climbing while the climb adds prose faster than it adds other kept text.
    /// Prose is a run of real length with little link text, marked up like the top container's own paragraphs
    /// (teaser blurbs in a list of other stories are prose too, but not of this kind); link lists and boilerplate
    /// are not counted at all, because the run filter drops them anyway.
    /// </summary>
    private static ElementStats Climb(ElementStats top, RunVerdicts verdicts)
    {
        var scan = verdicts.Scan;
        var prose = new int[scan.Runs.Count + 1];
        var other = new int[scan.Runs.Count + 1];
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = top.FirstRun; i < top.EndRun; i++)
        {
            if (verdicts.Keeps(i) && scan.Runs[i].IsProse)
            {
                kinds.Add(scan.Runs[i].Markup);
            }
        }

        for (var i = 0; i < scan.Runs.Count; i++)
        {
            var run = scan.Runs[i];
            var kept = verdicts.Keeps(i);
            var isProse = kept && run.IsProse && kinds.Contains(run.Markup);
            prose[i + 1] = prose[i] + (isProse ? run.Text.Length : 0);
            other[i + 1] = other[i] + (kept && !isProse ? run.Text.Length : 0);
        }

        double Gain(ElementStats e) => prose[e.EndRun] - prose[e.FirstRun] - JunkCost * (other[e.EndRun] - other[e.FirstRun]);

        var best = top;
        var bestGain = Gain(top);
        for (var ancestor = top.Element.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (!scan.Stats.TryGetValue(ancestor, out var stats))
            {
                break;
            }

            var gain = Gain(stats);
            if (gain > bestGain)
            {
                (best, bestGain) = (stats, gain);
            }
        }

        return best;
    }

    private static bool IsMoreOfTheArticle(ElementStats sibling, ElementStats top, double threshold, PageScanner scan)
    {
        var bonus = !string.IsNullOrEmpty(top.Element.ClassName) && sibling.Element.ClassName == top.Element.ClassName ? top.Final * 0.2 : 0;
        if (sibling.IsCandidate && sibling.Final + bonus >= threshold)
        {
            return true;
        }

        if (sibling.Element.LocalName != "p" || sibling.EndRun == sibling.FirstRun)
        {
            return false;
        }

        var text = scan.Runs[sibling.FirstRun].Text;
        return text.Length > 80 ? sibling.LinkDensity < 0.25 : sibling.LinkDensity == 0 && text.Length > 0 && text[^1] is '.' or '!' or '?' or '"' or '”' or '“';
    }
}
