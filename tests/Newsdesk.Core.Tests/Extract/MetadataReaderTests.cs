using AngleSharp.Html.Parser;
using Newsdesk.Core.Extract;

namespace Newsdesk.Core.Tests.Extract;

public class MetadataReaderTests
{
    private static PageMetadata Read(string html, string url = "https://news.example/story") =>
        MetadataReader.Read(new HtmlParser().ParseDocument(html), new Uri(url));

    [Fact]
    public void Json_ld_gives_headline_dates_author_and_publisher()
    {
        var metadata = Read("""
            <html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
            {"@type":"NewsArticle","headline":"Hafen wird ausgebaut","datePublished":"2026-06-24T06:00:00+02:00","dateModified":"2026-06-24T09:30:00+02:00",
            "author":[{"@type":"Person","name":"Lea Wagner"}],"publisher":{"@type":"Organization","name":"Küstenbote"}}]}</script></head><body></body></html>
            """);

        Assert.Equal("Hafen wird ausgebaut", metadata.Title);
        Assert.Equal("Lea Wagner", metadata.Byline);
        Assert.Equal("Küstenbote", metadata.SiteName);
        Assert.Equal(new DateTimeOffset(2026, 6, 24, 4, 0, 0, TimeSpan.Zero), metadata.Published);
        Assert.Equal(new DateTimeOffset(2026, 6, 24, 7, 30, 0, TimeSpan.Zero), metadata.Modified);
    }

    [Fact]
    public void Meta_tags_give_modified_time_canonical_url_and_lead_image()
    {
        var metadata = Read("""
            <html lang="en-GB"><head><meta property="article:modified_time" content="2026-06-25T10:00:00Z">
            <meta property="og:image" content="/img/lead.jpg"><link rel="canonical" href="https://news.example/canonical-story"></head><body></body></html>
            """);

        Assert.Equal(new DateTimeOffset(2026, 6, 25, 10, 0, 0, TimeSpan.Zero), metadata.Modified);
        Assert.Equal("https://news.example/img/lead.jpg", metadata.LeadImage);
        Assert.Equal("https://news.example/canonical-story", metadata.CanonicalUrl);
        Assert.Equal("en", metadata.Language);
    }

    [Theory]
    [InlineData("https://news.example/2026/06/23/bridge-reopens", 2026, 6, 23)]
    [InlineData("https://zeitung.example/lokales/2026-06-24-faehre.html", 2026, 6, 24)]
    [InlineData("https://news.example/archive/20260625/story", 2026, 6, 25)]
    public void The_date_in_the_url_is_the_last_resort(string url, int year, int month, int day) =>
        Assert.Equal(new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero), Read("<html><body><p>x</p></body></html>", url).Published);

    [Fact]
    public void A_url_without_a_real_date_gives_no_date() =>
        Assert.Null(Read("<html><body></body></html>", "https://news.example/2026/13/45/story").Published);
}
