using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Newsdesk.Core.Extract;

/// <summary>
/// What marks an element or a line as boilerplate: tag names, class/id/role words, and short stock lines in
/// English and German ("Advertisement", "Anzeige", "Read more", "Mehr zum Thema").
/// </summary>
internal static partial class BoilerplateRules
{
    public static readonly string[] RemovedTags =
        ["script", "style", "noscript", "iframe", "form", "nav", "footer", "aside", "figure", "figcaption", "button", "svg", "template", "select", "input", "header", "dialog", "object", "embed"];

    private static readonly HashSet<string> BoilerplateRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "complementary", "banner", "contentinfo", "dialog", "alert", "search", "menu",
    };

    public static bool IsBoilerplateElement(IElement element)
    {
        if (element.LocalName is "body" or "html" or "main" or "article")
        {
            return false;
        }

        var role = element.GetAttribute("role");
        if (role is not null && BoilerplateRoles.Contains(role))
        {
            return true;
        }

        var names = $"{element.ClassName} {element.Id}";
        return names.Length > 1 && BoilerplateName().IsMatch(names);
    }

    public static bool IsBoilerplateLine(string text) => text.Length < 120 && BoilerplateLine().IsMatch(text);

    [GeneratedRegex(@"(?i)(cookie|consent|gdpr|newsletter|subscri|share|sharing|social|related|recommend|promo|sponsor|comment|sidebar|breadcrumb|\bnav|menu|footer|masthead|popup|modal|paywall|outbrain|taboola|signup|sign-up|(^|[\s_-])(ad|ads|advert|advertisement|anzeige|werbung)([\s_-]|$))")]
    private static partial Regex BoilerplateName();

    [GeneratedRegex(@"(?i)^\W*(advertisement|anzeige|werbung|read more|weiterlesen|mehr zum thema|lesen sie auch|related|share( this)?|teilen|subscribe|abonnieren|sign up|follow us|folgen sie|all rights reserved|alle rechte|cookies?|newsletter|photo:|foto:|image:|bild:)")]
    private static partial Regex BoilerplateLine();
}
