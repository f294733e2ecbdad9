using System.Text;
using Newsdesk.Core.Ingest;

namespace Newsdesk.Core.Tests.Ingest;

public class FeedParserTests
{
    private static readonly Uri FeedUrl = new("https://example.org/news/feed.xml");

    [Fact]
    public void Rss20_items_have_resolved_links_dates_and_creators()
    {
        const string rss = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel><title>Example News</title><link>https://example.org/</link><language>en</language>
                <item><title>Bridge reopens</title><link>/news/bridge.html</link><guid isPermaLink="false">b-1</guid>
                  <pubDate>Tue, 23 Jun 2026 08:15:00 +0200</pubDate><dc:creator>Ana Lima</dc:creator><description>The bridge is open.</description></item>
              </channel>
            </rss>
            """;
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(rss), FeedUrl);

        Assert.Equal("rss2.0", feed.Format);
        Assert.Equal("Example News", feed.Title);
        var item = Assert.Single(feed.Items);
        Assert.Equal("https://example.org/news/bridge.html", item.Link);
        Assert.Equal("b-1", item.Id);
        Assert.Equal("Ana Lima", item.Author);
        Assert.Equal(new DateTimeOffset(2026, 6, 23, 6, 15, 0, TimeSpan.Zero), item.Published);
    }

    [Fact]
    public void Atom_entries_resolve_against_xml_base_and_keep_published()
    {
        const string atom = """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://mirror.example.net/de/" xml:lang="de">
              <title>Beispiel</title>
              <entry><title>Neue Brücke</title><id>urn:x:1</id><link rel="alternate" href="bruecke.html"/>
                <published>2026-06-22T10:00:00+02:00</published><updated>2026-06-22T12:00:00Z</updated>
                <author><name>Jonas Reuter</name></author><summary>Kurz.</summary></entry>
            </feed>
            """;
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(atom), FeedUrl);

        Assert.Equal("atom1.0", feed.Format);
        Assert.Equal("de", feed.Language);
        var entry = Assert.Single(feed.Items);
        Assert.Equal("https://mirror.example.net/de/bruecke.html", entry.Link);
        Assert.Equal("Jonas Reuter", entry.Author);
        Assert.Equal(new DateTimeOffset(2026, 6, 22, 8, 0, 0, TimeSpan.Zero), entry.Published);
    }

    [Fact]
    public void Json_feed_items_are_read()
    {
        const string json = """
            {"version":"https://jsonfeed.org/version/1.1","title":"J","items":[
              {"id":"1","url":"https://example.org/a","title":"A","date_published":"2026-06-24T09:00:00Z","authors":[{"name":"Kim"}]}]}
            """;
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(json), FeedUrl);

        Assert.Equal("json1.1", feed.Format);
        var item = Assert.Single(feed.Items);
        Assert.Equal("https://example.org/a", item.Link);
        Assert.Equal("Kim", item.Author);
    }

    [Fact]
    public void Rss_1_0_rdf_items_are_read()
    {
        const string rdf = """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://example.org/"><title>RDF News</title><link>https://example.org/</link></channel>
              <item rdf:about="https://example.org/r1"><title>R1</title><link>https://example.org/r1</link><dc:date>2026-06-25T07:00:00Z</dc:date></item>
            </rdf:RDF>
            """;
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(rdf), FeedUrl);

        Assert.Equal("rss1.0", feed.Format);
        Assert.Equal("https://example.org/r1", Assert.Single(feed.Items).Link);
    }

    [Theory]
    [InlineData("<rss><channel><item><title>broken", "malformed XML")]
    [InlineData("<html><body>hello</body></html>", "HTML page")]
    [InlineData("   ", "empty")]
    [InlineData("{\"title\": \"not a feed\"}", "not a JSON Feed")]
    public void Bad_documents_fail_with_a_specific_message(string document, string expected)
    {
        var error = Assert.Throws<FeedFormatException>(() => FeedParser.Parse(Encoding.UTF8.GetBytes(document), FeedUrl));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mon, 22 Jun 2026 06:40:00 GMT", "2026-06-22T06:40:00Z")]
    [InlineData("22 Jun 2026 08:40:00 CEST", "2026-06-22T06:40:00Z")]
    [InlineData("Fri, 22 Jun 2026 06:40:00 +0000", "2026-06-22T06:40:00Z")]
    [InlineData("2026-06-22T08:40:00+02:00", "2026-06-22T06:40:00Z")]
    public void Dates_in_rfc822_and_rfc3339_parse_to_the_same_instant(string text, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FeedDateParser.Parse(text));
    }

    [Fact]
    public void Opml_lists_nested_feed_urls_once()
    {
        const string opml = """
            <opml version="2.0"><body><outline text="News"><outline xmlUrl="https://a.example/feed"/><outline xmlUrl="https://b.example/rss"/></outline>
            <outline xmlUrl="https://a.example/feed"/></body></opml>
            """;
        Assert.Equal(["https://a.example/feed", "https://b.example/rss"], OpmlParser.FeedUrls(opml));
    }

    [Fact]
    public void Atom_content_constructs_are_read_by_type_and_links_inside_resolve_against_xml_base()
    {
        const string atom = """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://example.com/base/">
              <title type="application/octet-stream">RXhhbXBsZSA8Yj5BdG9tPC9iPg==</title>
              <entry>
                <title type="html">Fish &amp;amp; chips</title>
                <summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">See <a href="more.html">more</a></div></summary>
                <content type="html">&lt;p&gt;Read &lt;a href="/full"&gt;on&lt;/a&gt;&lt;/p&gt;</content>
                <author><name>Ana Lima</name><email>ana@example.com</email></author>
              </entry>
            </feed>
            """;
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(atom), FeedUrl);
        var entry = Assert.Single(feed.Items);

        Assert.Equal("Example <b>Atom</b>", feed.Title);
        Assert.Equal("Fish &amp; chips", entry.Title);
        Assert.Contains("href=\"http://example.com/base/more.html\"", entry.Summary, StringComparison.Ordinal);
        Assert.Contains("href=\"http://example.com/full\"", entry.ContentHtml, StringComparison.Ordinal);
        Assert.Equal("Ana Lima (ana@example.com)", entry.Author);
        Assert.Equal("Ana Lima", entry.AuthorName);
    }

    [Theory]
    [InlineData("Example editor (me@example.com)", "Example editor")]
    [InlineData("me@example.com (Example editor)", "Example editor")]
    [InlineData("Example editor", "Example editor")]
    public void Rss_author_strings_yield_the_name(string author, string name) => Assert.Equal(name, FeedAuthor.Name(author));

    [Fact]
    public void Rss_description_then_summary_gives_summary_and_content_in_document_order()
    {
        const string rss = """
            <rss version="2.0"><channel><title>T</title><language>en_US</language>
              <item><description>First text</description><summary>Second text</summary><link>http://Item.TEST/a</link></item>
            </channel></rss>
            """;
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(rss), FeedUrl);
        var item = Assert.Single(feed.Items);

        Assert.Equal("First text", item.Summary);
        Assert.Equal("Second text", item.ContentHtml);
        Assert.Equal("en-US", feed.Language);
        Assert.Equal("http://Item.TEST/a", item.Link);
    }

    [Fact]
    public void Opml_export_round_trips_through_the_importer_and_skips_pages()
    {
        Model.Source[] sources =
        [
            new() { Url = "https://a.example/feed", Kind = Model.SourceKind.Feed, Title = "A & B" },
            new() { Url = "https://b.example/page.html", Kind = Model.SourceKind.Page },
            new() { Url = "https://c.example/rss", Kind = Model.SourceKind.Feed },
        ];
        var opml = OpmlWriter.Write(sources, "Mine", DateTimeOffset.UnixEpoch);

        Assert.Equal(["https://a.example/feed", "https://c.example/rss"], OpmlParser.FeedUrls(opml));
        Assert.Contains("text=\"A &amp; B\"", opml, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_entities_bare_ampersands_undeclared_prefixes_and_control_characters_are_repaired()
    {
        const string rss = "<rss version=\"2.0\"><channel><title>Fish &amp; Chips&nbsp;Daily</title>"
            + "<item><title>Caf&eacute; opens \u000c today</title><dc:creator>Ana Lima</dc:creator><link>http://x.example/a?x=1&y=2</link></item></channel></rss>";
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(rss), FeedUrl);
        var item = Assert.Single(feed.Items);

        Assert.NotNull(feed.Recovered);
        Assert.Equal("Fish & Chips\u00a0Daily", feed.Title);
        Assert.Equal("Café opens  today", item.Title);
        Assert.Equal("Ana Lima", item.Author);
        Assert.Equal("http://x.example/a?x=1&y=2", item.Link);
    }

    [Fact]
    public void A_truncated_feed_keeps_its_complete_entries()
    {
        const string rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>"
            + "<item><title>One</title></item><item><title>Two</title></item><item><title>Thr";
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(rss), FeedUrl);

        Assert.Equal(["One", "Two"], feed.Items.Select(i => i.Title));
        Assert.Contains("malformed XML", feed.Recovered, StringComparison.Ordinal);
    }

    [Fact]
    public void Windows_1252_bytes_under_a_utf8_declaration_are_read_as_windows_1252()
    {
        var bytes = Encoding.ASCII.GetBytes("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>M")
            .Concat(new byte[] { 0xFC }).Concat(Encoding.ASCII.GetBytes("nchen</title></channel></rss>")).ToArray();

        Assert.Equal("München", FeedParser.Parse(bytes, FeedUrl).Title);
    }

    [Fact]
    public void A_well_formed_feed_is_not_marked_recovered()
    {
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes("<rss version=\"2.0\"><channel><title>T</title></channel></rss>"), FeedUrl);
        Assert.Null(feed.Recovered);
    }
}
