using System.Globalization;
using System.Net;
using System.Text;

namespace Newsdesk.Web.Demo;

/// <summary>
/// Renders a demo article the way real news sites do, boilerplate included: navigation, a cookie banner, ads and
/// "Advertisement" lines, share widgets, a caption repeating the headline, related links and a newsletter box.
/// Three layouts, each carrying its metadata differently (meta tags, JSON-LD, &lt;time&gt;).
/// </summary>
public static class DemoPageTemplate
{
    public static string Render(DemoArticle article, IReadOnlyList<DemoArticle> related, Uri baseUrl)
    {
        var outlet = article.Outlet;
        var de = outlet.Language == "de";
        var date = article.Published.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var body = new StringBuilder();
        for (var i = 0; i < article.Blocks.Count; i++)
        {
            var block = article.Blocks[i];
            body.Append(block.StartsWith("## ", StringComparison.Ordinal) ? $"<h2>{E(block[3..])}</h2>\n" : $"<p>{E(block)}</p>\n");
            if (i == 1)
            {
                body.Append(outlet.Layout switch
                {
                    "modern" => $"<p class=\"ad-label\">{(de ? "Anzeige" : "Advertisement")}</p><div class=\"ad-container\"><a href=\"/ads/1\">{(de ? "Jetzt Tarif wechseln und sparen" : "Switch your energy plan and save today")}</a></div>\n",
                    "wire" => $"<div class=\"inline-promo\"><p>{(de ? "Werbung" : "Advertisement")}</p></div>\n",
                    _ => $"<div class=\"ad-slot\" id=\"ad-top\"><span>{(de ? "Anzeige" : "Advertisement")}</span><img src=\"/ads/banner.png\" alt=\"\"></div>\n",
                });
            }
        }

        var relatedLinks = string.Concat(related.Select(r => $"<li><a href=\"{E(r.Path)}\">{E(r.Title)}</a></li>"));
        var head = $"""
            <meta charset="utf-8"><title>{E(article.Title)} | {E(outlet.Name)}</title>
            <link rel="canonical" href="{E(new Uri(baseUrl, article.Path).ToString())}">
            """;
        var meta = outlet.Layout switch
        {
            "modern" => $"<script type=\"application/ld+json\">{JsonLd(article, date)}</script>",
            "wire" => $"""<meta name="author" content="{E(article.Author)}"><meta property="og:site_name" content="{E(outlet.Name)}">""",
            _ => $"""<meta property="og:title" content="{E(article.Title)}"><meta property="og:site_name" content="{E(outlet.Name)}"><meta property="article:published_time" content="{date}"><meta name="author" content="{E(article.Author)}">""",
        };
        var nav = de
            ? "<a href=\"/\">Startseite</a> <a href=\"/politik\">Politik</a> <a href=\"/wirtschaft\">Wirtschaft</a> <a href=\"/region\">Region</a> <a href=\"/sport\">Sport</a>"
            : "<a href=\"/\">Home</a> <a href=\"/politics\">Politics</a> <a href=\"/business\">Business</a> <a href=\"/local\">Local</a> <a href=\"/sport\">Sport</a>";
        var cookie = de
            ? "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Mit der Nutzung dieser Seite stimmen Sie zu."
            : "We use cookies to give you the best experience on our site. By continuing you agree to our cookie policy.";
        var share = de ? "Teilen: Facebook · X · E-Mail · Link kopieren" : "Share this article: Facebook · X · Email · Copy link";
        var newsletter = de
            ? "Newsletter: Die wichtigsten Nachrichten des Tages jeden Morgen in Ihrem Postfach. Jetzt kostenlos abonnieren!"
            : "Newsletter: Get the day's most important stories in your inbox every morning. Sign up now, it is free!";
        var relatedHeading = de ? "Mehr zum Thema" : "Related stories";
        var time = $"<time datetime=\"{date}\">{article.Published.ToUniversalTime().ToString(de ? "d. MMMM yyyy, HH:mm" : "MMMM d, yyyy h:mm tt", CultureInfo.GetCultureInfo(de ? "de-DE" : "en-US"))}</time>";

        return $"""
            <!DOCTYPE html>
            <html lang="{outlet.Language}">
            <head>{head}{meta}<link rel="stylesheet" href="/static/site.css"></head>
            <body>
            <div class="cookie-banner" role="dialog"><p>{cookie}</p><button>OK</button></div>
            <header class="masthead"><a class="logo" href="/{outlet.Id}/">{E(outlet.Name)}</a><nav class="main-nav">{nav}</nav></header>
            <div class="page">
            <article class="story">
            <h1>{E(article.Title)}</h1>
            <p class="byline">{(de ? "Von" : "By")} {E(article.Author)} · {time}</p>
            <figure class="lead-image"><img src="/img/{E(article.Slug)}.jpg" alt=""><figcaption>{E(article.Title)}</figcaption></figure>
            <div class="share-tools"><span>{share}</span></div>
            <div class="article-body">
            {body}
            </div>
            <div class="social-share"><a href="#">{(de ? "Auf Facebook teilen" : "Share on Facebook")}</a> <a href="#">{(de ? "Per E-Mail senden" : "Send by email")}</a></div>
            </article>
            <aside class="related-links"><h3>{relatedHeading}</h3><ul>{relatedLinks}</ul></aside>
            <div class="newsletter-box"><p>{newsletter}</p><form><input type="email"><button>OK</button></form></div>
            </div>
            <footer class="site-footer"><p>© 2026 {E(outlet.Name)}. {(de ? "Alle Rechte vorbehalten." : "All rights reserved.")}</p><a href="/impressum">{(de ? "Impressum" : "Imprint")}</a></footer>
            </body>
            </html>
            """;
    }

    public static string Home(DemoOutlet outlet, IEnumerable<DemoArticle> articles) =>
        $"""
        <!DOCTYPE html><html lang="{outlet.Language}"><head><meta charset="utf-8"><title>{E(outlet.Name)}</title></head>
        <body><header><nav><a href="/">Home</a></nav></header><h1>{E(outlet.Name)}</h1>
        <ul>{string.Concat(articles.Select(a => $"<li><a href=\"{E(a.Path)}\">{E(a.Title)}</a></li>"))}</ul></body></html>
        """;

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string JsonLd(DemoArticle article, string date) => System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "NewsArticle",
        ["headline"] = article.Title,
        ["datePublished"] = date,
        ["author"] = new Dictionary<string, string> { ["@type"] = "Person", ["name"] = article.Author },
        ["publisher"] = new Dictionary<string, string> { ["@type"] = "Organization", ["name"] = article.Outlet.Name },
    });
}
