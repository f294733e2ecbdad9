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
            // Already absolute: keep it as written (Uri would lower-case the host and re-escape the path).
            return link;
        }

        return baseUri is not null && Uri.TryCreate(baseUri, link, out var resolved) ? resolved.ToString() : link;
    }

    /// <summary>An id written as an absolute path ("/2026/06/post") is resolved like a link; other ids stay as written.</summary>
    public static string? ResolveId(string? id, Uri? baseUri) =>
        id is not null && id.StartsWith('/') && baseUri is not null && Uri.TryCreate(baseUri, id, out var resolved) ? resolved.ToString() : id;

    /// <summary>Language tags as BCP 47 writes them: "en_US" becomes "en-US".</summary>
    public static string? Language(string? tag) => string.IsNullOrWhiteSpace(tag) ? null : tag.Trim().Replace('_', '-');
}
