using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Newsdesk.Core.Model;
using Newsdesk.Core.Text;

namespace Newsdesk.Core.Extract;

/// <summary>
/// Turns an HTML page into an <see cref="Article"/>: drops boilerplate elements, finds the container whose
/// paragraphs carry the most non-link text, and keeps its text blocks in order. Walks the DOM iteratively,
/// so a deeply nested page cannot overflow the stack.
/// </summary>
public static partial class ArticleExtractor
{
    private static readonly HashSet<string> BlockTags = ["p", "h2", "h3", "h4", "li", "blockquote", "pre", "dd"];

    public static Article Extract(string html, Uri url)
    {
        var document = new HtmlParser().ParseDocument(html);
        var metadata = MetadataReader.Read(document, url);
        RemoveBoilerplate(document);
        var container = BestContainer(document);
        var title = metadata.Title ?? "";
        var paragraphs = container is null ? [] : Blocks(container, title);
        if (paragraphs.Count == 0)
        {
            throw new NoArticleException(url.ToString());
        }

        var language = metadata.Language is "en" or "de" ? metadata.Language : LanguageIdentifier.Identify(string.Join('\n', paragraphs));
        return new Article
        {
            Url = url.ToString(),
            CanonicalUrl = metadata.CanonicalUrl,
            Title = title.Length > 0 ? title : paragraphs[0],
            Byline = metadata.Byline,
            Published = metadata.Published,
            Language = language,
            SiteName = metadata.SiteName,
            Paragraphs = paragraphs,
            ContentHash = ContentHash.Of(title, paragraphs),
        };
    }

    private static void RemoveBoilerplate(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll(string.Join(',', BoilerplateRules.RemovedTags)).ToList())
        {
            element.Remove();
        }

        if (document.Body is null)
        {
            return;
        }

        foreach (var element in Descendants(document.Body).Where(BoilerplateRules.IsBoilerplateElement).ToList())
        {
            element.Remove();
        }
    }

    private static IElement? BestContainer(IDocument document)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var paragraph in document.QuerySelectorAll("p, pre, blockquote"))
        {
            var text = Normalize(paragraph.TextContent);
            if (text.Length < 25 || LinkDensity(paragraph, text.Length) > 0.5)
            {
                continue;
            }

            var score = 1 + text.Length / 100.0 + text.Count(c => c == ',');
            var parent = paragraph.ParentElement;
            for (var level = 0; parent is not null && level < 3; level++, parent = parent.ParentElement)
            {
                scores[parent] = scores.GetValueOrDefault(parent) + score / (level + 1);
            }
        }

        return scores.Count == 0 ? null : scores.MaxBy(kv => kv.Value).Key;
    }

    private static List<string> Blocks(IElement container, string title)
    {
        var blocks = new List<string>();
        var stack = new Stack<IElement>();
        stack.Push(container);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            var isBlock = BlockTags.Contains(element.LocalName) && !element.Children.Any(c => BlockTags.Contains(c.LocalName));
            if (isBlock)
            {
                var text = Normalize(element.TextContent);
                if (IsContent(element, text, title))
                {
                    blocks.Add(text);
                }

                continue;
            }

            for (var i = element.Children.Length - 1; i >= 0; i--)
            {
                stack.Push(element.Children[i]);
            }
        }

        return blocks;
    }

    private static bool IsContent(IElement element, string text, string title)
    {
        if (text.Length == 0 || BoilerplateRules.IsBoilerplateLine(text) || string.Equals(text, title.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var isHeading = element.LocalName is "h2" or "h3" or "h4";
        return (isHeading || text.Length >= 20 || element.LocalName == "li") && LinkDensity(element, text.Length) < 0.5;
    }

    private static double LinkDensity(IElement element, int textLength) =>
        textLength == 0 ? 1 : element.QuerySelectorAll("a").Sum(a => Normalize(a.TextContent).Length) / (double)textLength;

    private static IEnumerable<IElement> Descendants(IElement root)
    {
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            yield return element;
            foreach (var child in element.Children)
            {
                stack.Push(child);
            }
        }
    }

    private static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
