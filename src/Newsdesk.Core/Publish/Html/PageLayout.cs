using System.Net;

namespace Newsdesk.Core.Publish.Html;

/// <summary>
/// The frame every reader page shares: semantic landmarks, a skip link, the search form, localized navigation,
/// one same-origin stylesheet and one same-origin script (the strict CSP allows nothing else).
/// </summary>
public static class PageLayout
{
    public static string Render(string title, string body, string publisher, string language)
    {
        var t = ReaderText.For(language);
        return $"""
            <!doctype html>
            <html lang="{E(language)}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(title)} · {E(publisher)}</title>
            <link rel="stylesheet" href="/assets/site.css">
            <link rel="alternate" type="application/rss+xml" title="{E(publisher)} (RSS)" href="/feed.xml">
            <link rel="alternate" type="application/atom+xml" title="{E(publisher)} (Atom)" href="/atom.xml">
            <link rel="alternate" type="application/feed+json" title="{E(publisher)} (JSON Feed)" href="/feed.json">
            <script src="/assets/reader.js" defer></script>
            </head>
            <body>
            <a class="skip" href="#main">{t.SkipToContent}</a>
            <header class="site"><a class="brand" href="/">{E(publisher)}</a>
            <nav aria-label="Sections"><a href="/">{t.Latest}</a> <a href="/featured/">{t.Featured}</a> <a href="/en/" hreflang="en">English</a> <a href="/de/" hreflang="de">Deutsch</a> <a href="/digest/">{t.Digest}</a> <a href="/tags/">{t.Tags}</a> <a href="/sources/">{t.Sources}</a></nav>
            <form class="search" role="search" action="/search" method="get"><label for="q" class="visually-hidden">{t.SearchLabel}</label><input id="q" name="q" type="search" placeholder="{t.Search}…"><button type="submit">{t.Search}</button></form>
            </header>
            <main id="main">
            {body}
            </main>
            <footer class="site">{t.Footer} · <a href="/feed.xml">RSS</a> · <a href="/atom.xml">Atom</a> · <a href="/feed.json">JSON Feed</a></footer>
            </body>
            </html>
            """;
    }

    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}
