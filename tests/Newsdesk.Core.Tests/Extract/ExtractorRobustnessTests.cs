using System.Text;
using Newsdesk.Core.Extract;

namespace Newsdesk.Core.Tests.Extract;

public class ExtractorRobustnessTests
{
    private static readonly Uri PageUrl = new("https://news.example/2026/06/robust.html");

    [Fact]
    public void A_dom_nested_100000_deep_returns_its_text_without_overflowing_the_stack()
    {
        var html = new StringBuilder("<html><body>");
        html.Insert(html.Length, "<div>", 100_000);
        html.Append("<p>Deep inside the page there is still one paragraph of real article text to find.</p></body></html>");

        var article = ArticleExtractor.Extract(html.ToString(), PageUrl);

        Assert.Equal("Deep inside the page there is still one paragraph of real article text to find.", Assert.Single(article.Paragraphs));
    }

    [Fact]
    public void A_ten_megabyte_page_is_extracted_whole()
    {
        var html = new StringBuilder("<html><body><article>");
        var paragraph = 0;
        while (html.Length < 10_000_000)
        {
            html.Append($"<p>Paragraph {paragraph++} of a very long report, with enough words and commas, to count as article text.</p>");
        }

        html.Append("</article></body></html>");
        var article = ArticleExtractor.Extract(html.ToString(), PageUrl);

        Assert.Equal(paragraph, article.Paragraphs.Count);
    }

    [Fact]
    public void Malformed_html_still_yields_its_paragraphs_in_order()
    {
        const string page = """
            <html><body><div class="story"><p>The first paragraph is never closed and runs on for long enough to count
            <p>The second paragraph starts without the first one ending, <b>with bold text <i>badly nested</b> here</i>.
            <div><p>A third paragraph sits in a div that is never closed, and the document simply stops
            """;
        var article = ArticleExtractor.Extract(page, PageUrl);

        Assert.Equal(3, article.Paragraphs.Count);
        Assert.Equal("The second paragraph starts without the first one ending, with bold text badly nested here.", article.Paragraphs[1]);
    }

    [Theory]
    [InlineData("<html><head><title>404 Not Found</title></head><body><h1>Page not found</h1><p>Sorry, the page you were looking for does not exist any more.</p></body></html>")]
    [InlineData("<html><head><title>Seite nicht gefunden</title></head><body><p>Die von Ihnen aufgerufene Seite existiert leider nicht mehr auf unserem Server.</p></body></html>")]
    [InlineData("<html><body><ul class='stories'><li><a href='/a'>Council approves the new budget after long debate</a></li><li><a href='/b'>Storm cuts power to thousands of homes on the coast</a></li></ul></body></html>")]
    public void Error_pages_and_link_only_home_pages_say_no_article_found(string page) =>
        Assert.Contains("no article found", Assert.Throws<NoArticleException>(() => ArticleExtractor.Extract(page, PageUrl)).Message, StringComparison.Ordinal);
}
