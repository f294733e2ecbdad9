using System.Xml.Linq;

namespace Newsdesk.Core.Ingest;

/// <summary>Small helpers for reading feed elements without caring about namespace prefixes.</summary>
internal static class XmlText
{
    public static XElement? Child(this XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    public static XElement? Child(this XElement parent, XNamespace ns, string localName) =>
        parent.Element(ns + localName);

    public static string? Value(this XElement? element)
    {
        var text = element?.Value.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    public static string? Resolve(string? link, Uri? baseUri)
    {
        if (string.IsNullOrWhiteSpace(link))
        {
            return null;
        }

        link = link.Trim();
        if (Uri.TryCreate(link, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute.ToString();
        }

        return baseUri is not null && Uri.TryCreate(baseUri, link, out var resolved) ? resolved.ToString() : link;
    }

    public static Uri? BaseOf(XElement element, Uri? fallback)
    {
        var xmlBase = element.Attribute(XNamespace.Xml + "base")?.Value;
        return xmlBase is not null && Uri.TryCreate(fallback, xmlBase, out var b) ? b : fallback;
    }
}
