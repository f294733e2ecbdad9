using Newsdesk.Core.Extract;

namespace Newsdesk.Core.Tests.Extract;

public class GermanBoilerplateTests
{
    private static readonly Uri PageUrl = new("https://zeitung.example/lokales/2026/06/24/faehre.html");

    private const string Page = """
        <html lang="de"><head><title>Neue Fähre für die Insel | Zeitung</title>
        <meta property="og:title" content="Neue Fähre für die Insel"></head>
        <body>
        <div id="cookie-hinweis"><p>Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis auf unserer Seite zu bieten.</p></div>
        <nav class="hauptmenue"><ul><li><a href="/">Startseite</a></li><li><a href="/lokales">Lokales</a></li></ul></nav>
        <main><article>
          <h1>Neue Fähre für die Insel</h1>
          <p class="autor">Von Jonas Reuter · 24. Juni 2026, 08:15 Uhr</p>
          <figure><img src="f.jpg"><figcaption>Neue Fähre für die Insel</figcaption></figure>
          <div class="bildunterschrift">Die neue Fähre im Hafen am Dienstagmorgen. Foto: dpa</div>
          <div class="artikel-text">
            <p>Die neue Fähre zur Insel hat am Mittwoch ihren Dienst aufgenommen und bietet Platz für 400 Fahrgäste.</p>
            <div class="ad-container"><p>Anzeige</p><p>Jetzt zugreifen: Sonnenbrillen zum halben Preis, nur heute im Angebot!</p></div>
            <p>Der Bürgermeister sprach von einem wichtigen Tag für die Inselbewohner, die lange gewartet haben.</p>
            <div class="social-share"><a href="#">Teilen</a> <a href="#">Twittern</a> <span>Diesen Artikel mit Freunden und Bekannten teilen</span></div>
            <p>Die alte Fähre war 41 Jahre im Einsatz und wird nun an einen Verein in Dänemark verkauft.</p>
          </div>
          <div class="newsletter-anmeldung"><p>Der Newsletter für die Region: Abonnieren Sie jetzt kostenlos die wichtigsten Nachrichten.</p></div>
          <div class="mehr-zum-thema"><h3>Mehr zum Thema</h3><ul><li><a href="/a">Hafen wird für 20 Millionen Euro ausgebaut und modernisiert</a></li><li><a href="/b">Fährverkehr im Winter eingeschränkt, Pendler verärgert</a></li></ul></div>
        </article></main>
        <div class="kommentare"><p>Leser Klaus schreibt: Endlich! Wir haben so lange auf diese neue Fähre gewartet, danke.</p></div>
        <footer><p>© 2026 Zeitung. Alle Rechte vorbehalten.</p></footer>
        </body></html>
        """;

    [Fact]
    public void Keeps_exactly_the_article_paragraphs_of_a_german_page()
    {
        var article = ArticleExtractor.Extract(Page, PageUrl);

        Assert.Equal(
            [
                "Die neue Fähre zur Insel hat am Mittwoch ihren Dienst aufgenommen und bietet Platz für 400 Fahrgäste.",
                "Der Bürgermeister sprach von einem wichtigen Tag für die Inselbewohner, die lange gewartet haben.",
                "Die alte Fähre war 41 Jahre im Einsatz und wird nun an einen Verein in Dänemark verkauft.",
            ],
            article.Paragraphs);
        Assert.Equal("de", article.Language);
    }

    [Theory]
    [InlineData("Cookies")]
    [InlineData("Startseite")]
    [InlineData("Von Jonas Reuter")]
    [InlineData("Foto: dpa")]
    [InlineData("Anzeige")]
    [InlineData("Sonnenbrillen")]
    [InlineData("teilen")]
    [InlineData("Newsletter")]
    [InlineData("Mehr zum Thema")]
    [InlineData("Leser Klaus")]
    [InlineData("Alle Rechte")]
    public void Drops_each_kind_of_german_boilerplate(string junk) =>
        Assert.DoesNotContain(junk, ArticleExtractor.Extract(Page, PageUrl).Text, StringComparison.OrdinalIgnoreCase);

    [Theory]
    [InlineData("War der Artikel nützlich?")]
    [InlineData("Möchten Sie den Artikel teilen?")]
    [InlineData("Kommentare schreiben")]
    [InlineData("Vorschau auf den nächsten Artikel")]
    [InlineData("Entdecken Sie jetzt unsere Angebote")]
    [InlineData("Mehr Kolumnen auf unserer Seite")]
    [InlineData("Follow The Courier on Twitter and Instagram")]
    [InlineData("For the latest stories and breaking news, visit our home page.")]
    [InlineData("Submit your letter to the editor via this form.")]
    [InlineData("vor 2 Stunden")]
    [InlineData("3 hours ago")]
    public void A_stock_line_of_a_page_is_left_out(string line)
    {
        var page = Page.Replace("<p>Die alte Fähre war 41 Jahre", $"<p>{line}</p><p>Die alte Fähre war 41 Jahre", StringComparison.Ordinal);

        var article = ArticleExtractor.Extract(page, PageUrl);

        Assert.DoesNotContain(line, article.Paragraphs);
        Assert.Contains(article.Paragraphs, p => p.StartsWith("Die alte Fähre war 41 Jahre", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Entdecken Sie die Insel am besten mit dem Fahrrad, sagte die Bürgermeisterin, die Wege seien neu gebaut.")]
    [InlineData("Mehr als 400 Fahrgäste passen auf die neue Fähre, doppelt so viele wie auf die alte.")]
    public void A_sentence_that_only_begins_like_a_stock_line_stays(string line)
    {
        var page = Page.Replace("<p>Die alte Fähre war 41 Jahre", $"<p>{line}</p><p>Die alte Fähre war 41 Jahre", StringComparison.Ordinal);

        Assert.Contains(line, ArticleExtractor.Extract(page, PageUrl).Paragraphs);
    }

    [Theory]
    [InlineData("bild-legend")]
    [InlineData("affiliate-disclaimer")]
    [InlineData("infobox kontakt")]
    [InlineData("citation-box")]
    public void A_box_named_like_page_furniture_inside_the_text_is_left_out(string name)
    {
        var page = Page.Replace("<p>Die alte Fähre war 41 Jahre",
            $"<div class=\"{name}\"><p>Die Fähre auf dem Weg zur Insel, aufgenommen vom Hafenturm aus am frühen Morgen.</p></div><p>Die alte Fähre war 41 Jahre",
            StringComparison.Ordinal);

        Assert.DoesNotContain("Hafenturm", ArticleExtractor.Extract(page, PageUrl).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_that_mostly_links_its_sources_stays()
    {
        const string line = "Mehr dazu bei der <a href=\"/a\">Reederei Inselverkehr</a> und im <a href=\"/b\">Fahrplan der Landesregierung</a>.";
        var page = Page.Replace("<p>Die alte Fähre war 41 Jahre", $"<p>{line}</p><p>Die alte Fähre war 41 Jahre", StringComparison.Ordinal);

        Assert.Contains("Mehr dazu bei der Reederei Inselverkehr und im Fahrplan der Landesregierung.", ArticleExtractor.Extract(page, PageUrl).Paragraphs);
    }
}
