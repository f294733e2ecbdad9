using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Newsdesk.Core.Extract;

/// <summary>
/// The score a container starts with before its paragraphs count: what its tag usually holds, and what its class and
/// id say (article, body, story, Inhalt … up; comments, sidebars, teasers, Kommentare … down).
/// </summary>
internal static partial class ContentPrior
{
    public static double Of(IElement element)
    {
        var tag = element.LocalName switch
        {
            "article" => 10,
            "main" or "div" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" or "header" => -5,
            _ => 0,
        };
        return tag + NameWeight(element.ClassName) + NameWeight(element.Id);
    }

    private static int NameWeight(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return 0;
        }

        var weight = 0;
        if (Negative().IsMatch(name))
        {
            weight -= 25;
        }

        if (Positive().IsMatch(name))
        {
            weight += 25;
        }

        return weight;
    }

    [GeneratedRegex(@"(?i)article|body|content|entry|main|page|post|text|blog|story|inhalt|artikel|beitrag|meldung|richtext")]
    private static partial Regex Positive();

    [GeneratedRegex(@"(?i)hidden|banner|combx|comment|com-|contact|foot|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|teaser|kommentar|werbung|anzeige")]
    private static partial Regex Negative();
}
