using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Newsdesk.Core.Extract;

/// <summary>
/// What marks an element or a line as boilerplate: tags that never hold article prose, hidden elements, class/id/role
/// words in English and German, and short stock lines ("Advertisement", "Anzeige", "Read more", "Mehr zum Thema").
/// </summary>
internal static partial class BoilerplateRules
{
    private static readonly HashSet<string> SkippedTags =
    [
        "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "frame", "object", "embed", "video", "audio",
        "map", "button", "select", "option", "input", "textarea", "dialog", "nav", "aside", "footer", "figure", "figcaption",
        "head", "title", "meta", "link",
    ];

    private static readonly HashSet<string> KeptTags = ["html", "body", "main", "article", "a"];

    private static readonly HashSet<string> BoilerplateRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "complementary", "banner", "contentinfo", "dialog", "alertdialog", "search", "menu", "menubar", "toolbar",
    };

    /// <summary>Whether the scanner leaves this element and everything inside it out: tags, hidden elements, roles.</summary>
    public static bool IsSkipped(IElement element)
    {
        var tag = element.LocalName;
        if (SkippedTags.Contains(tag))
        {
            return true;
        }

        if (KeptTags.Contains(tag))
        {
            return false;
        }

        if (element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true"
            || element.GetAttribute("style") is { } style && HiddenStyle().IsMatch(style))
        {
            return true;
        }

        return element.GetAttribute("role") is { } role && BoilerplateRoles.Contains(role);
    }

    /// <summary>
    /// Whether the class or id names boilerplate (a share bar, an ad slot, comments). Names mislead as often as they
    /// help ("Page-ad-margins" may wrap the whole page), so the scanner only marks such elements and the extractor
    /// lets the amount of text inside decide.
    /// </summary>
    public static bool HasUnlikelyName(IElement element, Dictionary<string, bool> verdicts)
    {
        if (KeptTags.Contains(element.LocalName))
        {
            return false;
        }

        // An id holding an address ("…/slideshow/7628.cms") names no widget.
        var id = element.Id is { } raw && !raw.Contains("://", StringComparison.Ordinal) ? raw : null;
        var names = element.ClassName is { Length: > 0 } className ? id is { Length: > 0 } ? className + " " + id : className : id;
        if (names is not { Length: > 1 })
        {
            return false;
        }

        // Pages repeat a few class names thousands of times; each is matched once.
        if (!verdicts.TryGetValue(names, out var unlikely))
        {
            unlikely = UnlikelyName().IsMatch(names) && !LikelyName().IsMatch(names);
            verdicts[names] = unlikely;
        }

        return unlikely;
    }

    public static bool IsBoilerplateLine(string text) => text.Length < 120 && BoilerplateLine().IsMatch(text);

    [GeneratedRegex(@"(?i)display\s*:\s*none|visibility\s*:\s*hidden")]
    private static partial Regex HiddenStyle();

    [GeneratedRegex(@"(?i)cookie|consent|gdpr|newsletter|subscri|share|sharing|social|related|recommend|promo|sponsor|comment|disqus|(?<!(one|two|has|with|no)-)sidebar|breadcrumb|(^|[\s_-])nav|menu|footer|masthead|popup|modal|outbrain|taboola|signup|sign-up|pagination|(^|[\s_-])pager([\s_-]|$)|skyscraper|banner|(^|[\s_-])(ad|ads|advert|advertisement|anzeige|werbung|dfp|teaser)([\s_-]|$)|kommentar|weitere|mehr-zum|caption|credit|author|(^|[\s_-])cta([\s_-]|$)|most-?read|most-?viewed|popular|trending|meistgelesen|gallery|slideshow|carousel|lightbox|bildunterschrift|legend|disclaimer|infobox|citation")]
    private static partial Regex UnlikelyName();

    [GeneratedRegex(@"(?i)article|body|column|content|entry|main|shadow|story|artikel|inhalt|text")]
    private static partial Regex LikelyName();

    [GeneratedRegex(@"(?i)^\W*(advertisement|anzeige|werbung|read more|weiterlesen|mehr zum thema|lesen sie auch|related|share( this)?|teilen|subscribe|abonnieren|sign up|follow us|folgen sie|all rights reserved|alle rechte|cookies?|newsletter|photo:|foto:|image:|bild:|most read|most popular|most viewed|trending|meistgelesen|don't miss|recommended|empfohlen|kommentare? (schreiben|verfassen)|war (der|dieser) (artikel|beitrag) (hilfreich|nützlich)|(möchten|wollen) sie (den|diesen) (artikel|beitrag) teilen|(diesen )?(artikel|beitrag) teilen|vorschau auf den nächsten|entdecken sie (jetzt|mehr)|jetzt (anmelden|registrieren|abonnieren|bestellen)|mehr (artikel|kolumnen|beiträge) (auf|von|zu)|follow (us|the [\w ]{1,30}) on|for the latest (news|stories)|submit your (letter|comment))(?=\W|$)")]
    private static partial Regex BoilerplateLine();
}
