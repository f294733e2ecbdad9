using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Newsdesk.Core.Extract;

/// <summary>
/// The text of a page whose main content the scorer did not find (its article sits in a container named like
/// boilerplate, in a script template the browser renders, or nowhere but in the page's summary). Readable text is
/// never refused: the best text block comes first, then a script template's text, then the page's description.
/// </summary>
internal static class FallbackText
{
    private const int Candidates = 12;
    private const int MinChars = 200;

    public static List<string> Paragraphs(IDocument document, RunVerdicts verdicts, string title, string? description)
    {
        var block = BestBlock(verdicts);
        if (block.Sum(p => p.Length) >= MinChars)
        {
            return block;
        }

        var template = FromTemplates(document, title);
        if (template.Count > 0)
        {
            return template;
        }

        if (block.Count > 0)
        {
            return block;
        }

        return description is { Length: >= 40 } ? [description] : [];
    }

    /// <summary>The strongest containers by the prose under them, boilerplate-named ones included, until one keeps text.</summary>
    private static List<string> BestBlock(RunVerdicts verdicts) =>
        verdicts.Scan.Stats.Values.Where(s => s.IsCandidate).OrderByDescending(s => s.Final).Take(Candidates)
            .Select(s => ArticleBody.Paragraphs(verdicts, [s])).FirstOrDefault(p => p.Count > 0) ?? [];

    /// <summary>Markup inside <c>&lt;script type="text/template"&gt;</c> (and the like), read as the page would show it.</summary>
    private static List<string> FromTemplates(IDocument document, string title)
    {
        var templates = document.QuerySelectorAll("script").Where(s => s.GetAttribute("type") is "text/template" or "text/html" or "text/x-template"
            && s.TextContent.Contains('<', StringComparison.Ordinal)).ToList();
        if (templates.Count == 0 || document.Body is not IHtmlElement body)
        {
            return [];
        }

        foreach (var template in templates)
        {
            var holder = document.CreateElement("div");
            holder.InnerHtml = template.TextContent;
            template.Replace(holder);
        }

        var verdicts = new RunVerdicts(PageScanner.Scan(body), title);
        return ArticleBody.Paragraphs(verdicts, ContentSelector.Select(verdicts));
    }
}
