using System.Text;
using Newsdesk.Core.Extract;

namespace Newsdesk.Core.Tests.Extract;

public class ArticleExtractorTests
{
    private static readonly Uri PageUrl = new("https://news.example/2026/06/bridge.html");

    private const string EnglishPage = """
        <html lang="en"><head><title>Old bridge reopens | Example News</title>
        <meta property="og:title" content="Old bridge reopens after two years">
        <meta property="og:site_name" content="Example News">
        <meta property="article:published_time" content="2026-06-23T08:00:00Z">
        <meta name="author" content="Ana Lima">
        <link rel="canonical" href="https://news.example/bridge"></head>
        <body>
        <div class="cookie-banner"><p>We use cookies to improve your experience on this website, please accept them.</p></div>
        <nav><a href="/">Home</a><a href="/local">Local</a></nav>
        <article>
          <h1>Old bridge reopens after two years</h1>
          <figure><img src="b.jpg"><figcaption>Old bridge reopens after two years</figcaption></figure>
          <p>The old stone bridge over the river reopened on Tuesday after two years of repairs costing €14 million.</p>
          <div class="ad-slot"><p>Advertisement</p></div>
          <p>Engineers replaced the foundations of all four piers, which had been damaged by floods in 2019.</p>
          <p>Advertisement</p>
          <div class="share-tools"><p>Share this article on social media with your friends and family.</p></div>
          <p>"It is stronger now than when it was built," said the city's chief engineer, Maria Santos.</p>
        </article>
        <aside class="related-links"><h3>Related</h3><ul><li><a href="/x">Another story about bridges in the region</a></li></ul></aside>
        <div class="newsletter-box"><p>Sign up for our newsletter and get the news every morning in your inbox.</p></div>
        <footer><p>© 2026 Example News. All rights reserved.</p></footer>
        </body></html>
        """;

    [Fact]
    public void Keeps_the_article_paragraphs_and_drops_every_kind_of_boilerplate()
    {
        var article = ArticleExtractor.Extract(EnglishPage, PageUrl);

        Assert.Equal(3, article.Paragraphs.Count);
        Assert.StartsWith("The old stone bridge", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("\"It is stronger", article.Paragraphs[2], StringComparison.Ordinal);
        foreach (var junk in new[] { "cookies", "Advertisement", "Share this", "newsletter", "Related", "rights reserved", "Home" })
        {
            Assert.DoesNotContain(junk, article.Text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Reads_metadata_from_meta_tags()
    {
        var article = ArticleExtractor.Extract(EnglishPage, PageUrl);

        Assert.Equal("Old bridge reopens after two years", article.Title);
        Assert.Equal("Ana Lima", article.Byline);
        Assert.Equal("Example News", article.SiteName);
        Assert.Equal("https://news.example/bridge", article.CanonicalUrl);
        Assert.Equal(new DateTimeOffset(2026, 6, 23, 8, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("en", article.Language);
        Assert.NotEmpty(article.ContentHash);
    }

    [Fact]
    public void German_page_with_json_ld_and_anzeige_lines()
    {
        const string page = """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Neue Fähre für die Insel","datePublished":"2026-06-24T06:00:00+02:00","author":{"@type":"Person","name":"Jonas Reuter"}}</script></head>
            <body><div class="consent-overlay"><p>Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.</p></div>
            <main><div class="story-body">
            <p>Die neue Fähre zur Insel hat am Mittwoch ihren Dienst aufgenommen und bietet Platz für 400 Fahrgäste.</p>
            <p class="ad-label">Anzeige</p>
            <p>Der Bürgermeister sprach von einem wichtigen Tag für die Inselbewohner, die lange gewartet haben.</p>
            <p>Mehr zum Thema</p>
            </div></main></body></html>
            """;
        var article = ArticleExtractor.Extract(page, PageUrl);

        Assert.Equal("Neue Fähre für die Insel", article.Title);
        Assert.Equal("Jonas Reuter", article.Byline);
        Assert.Equal(new DateTimeOffset(2026, 6, 24, 4, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("de", article.Language);
        Assert.Equal(2, article.Paragraphs.Count);
        Assert.DoesNotContain("Anzeige", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Published_time_falls_back_to_the_time_element()
    {
        const string page = """
            <html><body><article><h1>Title here</h1><time datetime="2026-06-25T09:30:00Z">25 June</time>
            <p>A paragraph that is long enough to count as the body of this small test article.</p></article></body></html>
            """;
        Assert.Equal(new DateTimeOffset(2026, 6, 25, 9, 30, 0, TimeSpan.Zero), ArticleExtractor.Extract(page, PageUrl).Published);
    }

    [Theory]
    [InlineData("<html><body><nav><a href='/'>Home</a></nav><ul><li><a href='/a'>Story A</a></li></ul></body></html>")]
    [InlineData("<html><body><h1>404 Not Found</h1></body></html>")]
    [InlineData("")]
    public void Pages_without_an_article_say_so(string page)
    {
        var error = Assert.Throws<NoArticleException>(() => ArticleExtractor.Extract(page, PageUrl));
        Assert.Contains("no article found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_very_deeply_nested_page_does_not_overflow_the_stack()
    {
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < 20_000; i++)
        {
            html.Append("<div>");
        }

        html.Append("<p>Deep inside the page there is still one paragraph of real article text to find.</p></body></html>");
        var article = ArticleExtractor.Extract(html.ToString(), PageUrl);
        Assert.Contains("Deep inside", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x48, 0xE9, 0x6C, 0x6C, 0x6F }, null, "Héllo")]
    [InlineData(new byte[] { 0xC3, 0xBC, 0x62, 0x65, 0x72 }, null, "über")]
    [InlineData(new byte[] { 0xFC, 0x62, 0x65, 0x72 }, "iso-8859-1", "über")]
    [InlineData(new byte[] { 0xFC, 0x62, 0x65, 0x72 }, "utf-8", "über")]
    public void Decoding_uses_the_declared_charset_or_falls_back_sensibly(byte[] bytes, string? charset, string expected)
    {
        Assert.Equal(expected, HtmlDecoder.Decode(bytes, charset));
    }

    [Fact]
    public void Soft_hyphens_and_zero_width_marks_do_not_split_words()
    {
        const string page = """
            <html><head><title>Die Stadt sucht Fahr&shy;rad&shy;wege</title></head><body><div class="inhalt">
            <p>Die Stadt will bis 2030 neue Fahr&shy;rad&shy;wege bauen und die Über&shy;lebens&shy;chancen kleiner Läden stärken.</p>
            <p>Der Gemeinderat stimmte dem Plan am Dienstag mit großer Mehr&#8203;heit zu, die Kosten trägt zum Teil das Land.</p>
            </div></body></html>
            """;
        var article = ArticleExtractor.Extract(page, PageUrl);

        Assert.Equal("Die Stadt sucht Fahrradwege", article.Title);
        Assert.Contains("neue Fahrradwege bauen und die Überlebenschancen", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.Contains("großer Mehrheit zu", article.Paragraphs[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_utf8_page_with_one_character_cut_in_half_stays_utf8()
    {
        var text = string.Concat(Enumerable.Repeat("Die Brücke über die Förde wird größer. ", 30));
        var bytes = Encoding.UTF8.GetBytes($"<html><head><meta charset=\"utf-8\"></head><body><p>{text}</p><p>Teaser: Zigarettenschmuggel in Gro</p></body></html>").ToList();
        bytes.InsertRange(bytes.Count - "</p></body></html>".Length, [0xC3, 0x2E, 0x2E, 0x2E]);

        var decoded = HtmlDecoder.Decode([.. bytes], null);

        Assert.Contains("Die Brücke über die Förde wird größer.", decoded, StringComparison.Ordinal);
        Assert.Contains("Gro\uFFFD...", decoded, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Harbour <script>alert(1)</script> reopens", "Harbour alert(1) reopens")]
    [InlineData("&lt;img src=x onerror=alert(2)&gt; Ferry news", "Ferry news")]
    [InlineData("Prices fall <b>sharply</b>", "Prices fall sharply")]
    [InlineData("3 < 4 and 5 > 2", "3 < 4 and 5 > 2")]
    public void Metadata_text_loses_markup_but_keeps_its_words(string raw, string expected) => Assert.Equal(expected, PlainText.From(raw));
}
