using System.Text;
using Newsdesk.Core.Extract;

namespace Newsdesk.Core.Tests.Extract;

public class ContentSnifferTests
{
    [Fact]
    public void Executables_images_archives_and_random_bytes_are_refused_with_what_they_are()
    {
        var random = new byte[4096];
        new Random(7).NextBytes(random);

        Assert.Contains("ELF executable", ContentSniffer.Refusal("\u007fELF\u0002\u0001\u0001"u8), StringComparison.Ordinal);
        Assert.Contains("PNG image", ContentSniffer.Refusal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), StringComparison.Ordinal);
        Assert.Contains("PDF document", ContentSniffer.Refusal("%PDF-1.7\n"u8), StringComparison.Ordinal);
        Assert.Contains("gzip", ContentSniffer.Refusal([0x1F, 0x8B, 0x08, 0x00]), StringComparison.Ordinal);
        Assert.NotNull(ContentSniffer.Refusal(random));
        Assert.Contains("image/jpeg", ContentSniffer.Refusal("<html></html>"u8, "image/jpeg"), StringComparison.Ordinal);
        Assert.Equal("it is empty", ContentSniffer.Refusal([]));
    }

    [Fact]
    public void Pages_feeds_text_in_any_encoding_and_octet_streams_of_text_pass()
    {
        var latin = Encoding.Latin1.GetBytes("<p>Grüße aus München, “Zitat” – Ende.</p>");

        Assert.Null(ContentSniffer.Refusal("<!doctype html><html><body><p>Hello</p></body></html>"u8, "text/html"));
        Assert.Null(ContentSniffer.Refusal("<?xml version=\"1.0\"?><rss/>"u8, "application/rss+xml"));
        Assert.Null(ContentSniffer.Refusal("{\"version\":\"https://jsonfeed.org/version/1.1\"}"u8, "application/feed+json"));
        Assert.Null(ContentSniffer.Refusal("# Title\n\nSome text."u8, "application/octet-stream"));
        Assert.Null(ContentSniffer.Refusal(latin));
        Assert.Null(ContentSniffer.Refusal(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<p>UTF-16 text</p>")).ToArray()));
    }
}
