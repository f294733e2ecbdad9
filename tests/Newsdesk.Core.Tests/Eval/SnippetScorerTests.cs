using Newsdesk.Core.Eval;

namespace Newsdesk.Core.Tests.Eval;

public class SnippetScorerTests
{
    [Fact]
    public void Snippets_are_found_across_line_breaks_and_counted_over_pages()
    {
        var page = SnippetScorer.ScorePage(
            "Stadtrat beschließt Hochwasserhilfe\nDer Stadtrat von Port Avalen hat am Dienstag\n  48 Millionen Euro bewilligt.\nImpressum",
            with: ["Der Stadtrat von Port Avalen hat am Dienstag 48 Millionen Euro bewilligt.", "Die Auszahlung beginnt im Juli."],
            without: ["Impressum", "Datenschutz"]);
        var refused = SnippetScorer.ScorePage(null, with: ["The ferry resumed service on Monday."], without: ["Subscribe to our newsletter"]);

        Assert.Equal(new SnippetCounts(1, 1, 1, 1), page);
        Assert.Equal(new SnippetCounts(0, 1, 0, 1), refused);
        var total = SnippetScorer.Sum([page, refused]);
        Assert.Equal(1 / 2.0, total.Precision);
        Assert.Equal(1 / 3.0, total.Recall);
        Assert.Equal(2.0 / (2 + 1 + 2), total.F1);
    }
}
