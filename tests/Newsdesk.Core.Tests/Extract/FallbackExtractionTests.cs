using Newsdesk.Core.Extract;

namespace Newsdesk.Core.Tests.Extract;

/// <summary>A page whose main text the scorer does not find is kept with low confidence, not refused; only a page with
/// no readable text is refused.</summary>
public class FallbackExtractionTests
{
    private static readonly Uri PageUrl = new("https://blog.example/2026/06/ferry.html");

    [Fact]
    public void A_post_rendered_from_a_script_template_is_read_from_the_template_with_low_confidence()
    {
        const string page = """
            <html lang="en"><head><title>Ferry timetable changes</title></head><body>
            <div class="header">Harbour Blog</div>
            <div class="post-body"><script type="text/template">
              <p>The island ferry will leave Port Avalen every forty minutes from Monday, the operator said, instead of every hour.</p>
              <p>Two more crossings were added in the evening because commuters had asked for a later boat home after work.</p>
            </script></div>
            </body></html>
            """;

        var article = ArticleExtractor.Extract(page, PageUrl);

        Assert.True(article.LowConfidence);
        Assert.Contains(article.Paragraphs, p => p.StartsWith("The island ferry will leave Port Avalen every forty minutes", StringComparison.Ordinal));
        Assert.Contains(article.Paragraphs, p => p.StartsWith("Two more crossings were added", StringComparison.Ordinal));
    }

    [Fact]
    public void A_page_with_no_text_but_its_description_keeps_the_description_with_low_confidence()
    {
        const string page = """
            <html lang="de"><head><title>Neue Fährzeiten ab Montag</title>
            <meta name="description" content="Die Inselfähre fährt ab Montag alle vierzig Minuten statt stündlich, teilte die Reederei mit.">
            </head><body><div id="app"></div><script>render()</script></body></html>
            """;

        var article = ArticleExtractor.Extract(page, PageUrl);

        Assert.True(article.LowConfidence);
        Assert.Equal(["Die Inselfähre fährt ab Montag alle vierzig Minuten statt stündlich, teilte die Reederei mit."], article.Paragraphs);
    }

    [Fact]
    public void A_page_with_no_readable_text_is_still_refused_in_one_line()
    {
        const string page = """<html><head><title>Startseite</title></head><body><nav><a href="/">Start</a> <a href="/impressum">Impressum</a></nav></body></html>""";

        var error = Assert.Throws<NoArticleException>(() => ArticleExtractor.Extract(page, PageUrl));

        Assert.Contains(PageUrl.ToString(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_the_scorer_finds_is_not_low_confidence()
    {
        const string page = """
            <html lang="en"><head><title>Ferry timetable changes</title></head><body><article><h1>Ferry timetable changes</h1>
            <p>The island ferry will leave Port Avalen every forty minutes from Monday, the operator said, instead of every hour.</p>
            <p>Two more crossings were added in the evening because commuters had asked for a later boat home after work.</p>
            </article></body></html>
            """;

        Assert.False(ArticleExtractor.Extract(page, PageUrl).LowConfidence);
    }
}
