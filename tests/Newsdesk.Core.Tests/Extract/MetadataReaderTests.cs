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

    [Theory]
    [InlineData("31. Mai 2012, 14:05 Uhr", 2012, 5, 31, 14, 5)]
    [InlineData("Veröffentlicht am 3. Okt. 2021", 2021, 10, 3, 12, 0)]
    [InlineData("Stand: 24.06.2026 um 08:15", 2026, 6, 24, 8, 15)]
    [InlineData("May 31, 2012", 2012, 5, 31, 12, 0)]
    [InlineData("Published 4th March 2024 at 9:30", 2024, 3, 4, 9, 30)]
    public void A_date_shown_only_as_text_is_read_in_german_and_english(string text, int year, int month, int day, int hour, int minute)
    {
        Assert.Equal(new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero), VisibleDate.Parse(text));
    }

    [Theory]
    [InlineData("vor 2 Stunden")]
    [InlineData("31. Februar 2012")]
    [InlineData("Seite 12 von 2012")]
    public void Text_that_is_no_date_or_only_a_relative_one_gives_none(string text)
    {
        Assert.Null(VisibleDate.Parse(text));
    }

    [Fact]
    public void A_page_whose_only_date_is_visible_text_is_dated_by_it_and_meta_dates_still_come_first()
    {
        const string visible = """<html lang="de"><body><div class="artikel-datum">Mittwoch, 24. Juni 2026, 08:15 Uhr</div><p>Text.</p></body></html>""";
        const string both = """<html><head><meta property="article:published_time" content="2026-06-20T10:00:00Z"></head><body><span class="date">24. Juni 2026</span></body></html>""";

        Assert.Equal(new DateTimeOffset(2026, 6, 24, 8, 15, 0, TimeSpan.Zero), Read(visible).Published);
        Assert.Equal(new DateTimeOffset(2026, 6, 20, 10, 0, 0, TimeSpan.Zero), Read(both).Published);
    }
}
