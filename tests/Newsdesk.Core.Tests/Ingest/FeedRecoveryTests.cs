using System.Text;
using Newsdesk.Core.Extract;
using Newsdesk.Core.Ingest;

namespace Newsdesk.Core.Tests.Ingest;

/// <summary>A broken entry costs only itself; encodings are read as the WHATWG Encoding Standard reads their labels.</summary>
public class FeedRecoveryTests
{
    private static readonly Uri FeedUrl = new("https://example.org/news/feed.xml");

    [Fact]
    public void An_unclosed_tag_in_one_title_keeps_every_readable_item_and_names_the_one_left_out()
    {
        const string rss = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Harbour News</title>
              <item><title>Ferry <b>delayed</title><link>https://example.org/ferry</link></item>
              <item><title>Market opens</title><link>https://example.org/market</link></item>
              <item><title>Tide table</title><link>https://example.org/tide</link><description>low < high</foo></description></item>
              <item><title>Bridge repaired</title><link>https://example.org/bridge</link></item>
            </channel></rss>
            """;

        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(rss), FeedUrl);

        Assert.Equal("Harbour News", feed.Title);
        Assert.Equal(["Ferry delayed", "Market opens", "Bridge repaired"], feed.Items.Select(i => i.Title));
        var skipped = Assert.Single(feed.SkippedItems);
        Assert.Contains("entry 3 (\"Tide table\")", skipped, StringComparison.Ordinal);
        Assert.Contains("malformed XML", feed.Recovered, StringComparison.Ordinal);
    }

    [Fact]
    public void An_atom_feed_with_one_broken_entry_keeps_the_others()
    {
        const string atom = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Log</title>
              <entry><title>One</title><link href="https://example.org/1"/></entry>
              <entry><title>Two</title><link href="https://example.org/2"/><summary>a <<< b</summary></entry>
              <entry><title>Three</title><link href="https://example.org/3"/></entry>
            </feed>
            """;

        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(atom), FeedUrl);

        Assert.Equal(["One", "Three"], feed.Items.Select(i => i.Title));
        Assert.Single(feed.SkippedItems);
    }

    [Theory]
    [InlineData("iso-8859-1")]
    [InlineData("us-ascii")]
    [InlineData("latin1")]
    public void A_feed_labelled_latin1_or_ascii_is_read_as_windows_1252(string label)
    {
        // 0x93 0x94 are curly quotes and 0x80 the euro sign in windows-1252; ISO-8859-1 proper has C1 controls there.
        var bytes = Encoding.ASCII.GetBytes($"<?xml version=\"1.0\" encoding=\"{label}\"?><rss version=\"2.0\"><channel><title>")
            .Concat(new byte[] { 0x93, (byte)'P', (byte)'r', (byte)'i', (byte)'c', (byte)'e', 0x94, (byte)' ', 0x80, (byte)'5' })
            .Concat(Encoding.ASCII.GetBytes("</title></channel></rss>")).ToArray();

        Assert.Equal("\u201cPrice\u201d \u20ac5", FeedParser.Parse(bytes, FeedUrl).Title);
    }

    [Fact]
    public void A_header_charset_of_iso_8859_1_is_windows_1252_for_feeds_and_pages()
    {
        var feed = Encoding.ASCII.GetBytes("<rss version=\"2.0\"><channel><title>").Concat(new byte[] { 0x80, 0x31 })
            .Concat(Encoding.ASCII.GetBytes("</title></channel></rss>")).ToArray();
        var page = Encoding.ASCII.GetBytes("<p>").Concat(new byte[] { 0x93, 0x61, 0x94 }).ToArray();

        Assert.Equal("\u20ac1", FeedParser.Parse(feed, FeedUrl, "ISO-8859-1").Title);
        Assert.Equal("<p>\u201ca\u201d", HtmlDecoder.Decode(page, "us-ascii"));
    }

    [Theory]
    [InlineData("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"T\",\"items\":{\"url\":\"https://example.org/a\"}}", "object")]
    [InlineData("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"T\"}", "nothing")]
    public void A_json_feed_whose_items_is_not_an_array_is_an_error(string json, string found)
    {
        var error = Assert.Throws<FeedFormatException>(() => FeedParser.Parse(Encoding.UTF8.GetBytes(json), FeedUrl));
        Assert.Contains($"no \"items\" array (found {found})", error.Message, StringComparison.Ordinal);
    }
}
