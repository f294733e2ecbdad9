using System.Text;
using System.Xml.Linq;
using AngleSharp.Html.Parser;

namespace Newsdesk.Core.Ingest;

/// <summary>
/// Reads a feed "content construct" the way its attributes say: plain text, escaped HTML, inline XHTML or base64
/// (Atom type=/mode=, RSS escaped or naked markup), and resolves relative links inside HTML against the element's
/// xml:base chain and the feed's own address.
/// </summary>
public static class FeedText
{
    private static readonly HtmlParser Html = new();

    public static string? Read(XElement? element, Uri? baseUri)
    {
        if (element is null)
        {
            return null;
        }

        var type = (element.Attribute("type")?.Value ?? "").ToLowerInvariant();
        var mode = (element.Attribute("mode")?.Value ?? "").ToLowerInvariant();
        var elementBase = BaseOf(element, baseUri);
        // Atom 1.0 (RFC 4287 4.1.3.3): a MIME type that is neither text/* nor XML means base64-encoded content.
        var base64Type = type.Contains('/', StringComparison.Ordinal) && !type.StartsWith("text/", StringComparison.Ordinal) && !type.Contains("xml", StringComparison.Ordinal);
        if (mode == "base64" || base64Type)
        {
            try
            {
                var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(element.Value.Trim()));
                return Clean(decoded.Contains('<', StringComparison.Ordinal) ? ResolveLinks(decoded, elementBase) : decoded);
            }
            catch (FormatException)
            {
                return Clean(element.Value);
            }
        }

        var isXhtml = type is "xhtml" or "application/xhtml+xml" || mode == "xml" || (element.HasElements && type is "" or "html" or "text/html");
        if (isXhtml && element.HasElements)
        {
            var inner = string.Concat(element.Nodes().Select(n => n is XElement e ? StripNamespaces(e).ToString(SaveOptions.DisableFormatting) : n.ToString()));
            return Clean(ResolveLinks(inner, elementBase));
        }

        var isHtml = type is "html" or "text/html" || mode == "escaped" || (type == "" && element.Name.Namespace != FeedNamespaces.Atom && element.Name.Namespace != FeedNamespaces.Atom03);
        return Clean(isHtml ? ResolveLinks(element.Value, elementBase) : element.Value);
    }

    public static Uri? BaseOf(XElement element, Uri? fallback)
    {
        var chain = element.AncestorsAndSelf().Reverse();
        var current = fallback;
        foreach (var node in chain)
        {
            var xmlBase = node.Attribute(XNamespace.Xml + "base")?.Value;
            if (xmlBase is not null && Uri.TryCreate(current, xmlBase, out var next))
            {
                current = next;
            }
        }

        return current;
    }

    /// <summary>Makes href and src attributes absolute; leaves text without markup untouched.</summary>
    public static string ResolveLinks(string html, Uri? baseUri)
    {
        if (baseUri is null || !html.Contains('<', StringComparison.Ordinal))
        {
            return html;
        }

        var fragment = Html.ParseDocument("<body>" + html + "</body>");
        var changed = false;
        foreach (var element in fragment.Body!.QuerySelectorAll("[href], [src]"))
        {
            foreach (var name in new[] { "href", "src" })
            {
                var value = element.GetAttribute(name);
                if (value is not null && !value.StartsWith('#') && Uri.TryCreate(baseUri, value.Trim(), out var absolute))
                {
                    element.SetAttribute(name, absolute.ToString());
                    changed = true;
                }
            }
        }

        return changed ? fragment.Body.InnerHtml : html;
    }

    private static XElement StripNamespaces(XElement element) =>
        new(element.Name.LocalName,
            element.Attributes().Where(a => !a.IsNamespaceDeclaration).Select(a => new XAttribute(a.Name.LocalName, a.Value)),
            element.Nodes().Select(n => n is XElement child ? StripNamespaces(child) : n));

    private static string? Clean(string? text)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }
}
