using Newsdesk.Core.Extract;

namespace Newsdesk.Core.Tests.Extract;

public class TextDocumentReaderTests
{
    [Fact]
    public void Markdown_with_front_matter_reads_like_a_page()
    {
        const string markdown = "---\ntitle: \"Neue Brücke für Lindmoor\"\ndate: 2026-06-24T08:00:00Z\nauthor: Jonas Reuter\nlanguage: de\n---\n"
            + "# Neue Brücke\n\nDie **neue Brücke** über den Fluss wurde am Mittwoch eröffnet, [mehr dazu](https://x.example).\n\n- Sie kostet 14 Millionen Euro.\n";
        var article = TextDocumentReader.Read(markdown, new Uri("file:///news/bruecke.md"));

        Assert.Equal("Neue Brücke für Lindmoor", article.Title);
        Assert.Equal("Jonas Reuter", article.Byline);
        Assert.Equal("de", article.Language);
        Assert.Equal(new DateTimeOffset(2026, 6, 24, 8, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal(["Neue Brücke", "Die neue Brücke über den Fluss wurde am Mittwoch eröffnet, mehr dazu.", "Sie kostet 14 Millionen Euro."], article.Paragraphs);
    }

    [Fact]
    public void Plain_text_takes_its_first_line_as_the_title()
    {
        var article = TextDocumentReader.Read("Harbour reopens\n\nThe harbour reopened on Monday after repairs that took\ntwo years.\n", new Uri("file:///news/harbour.txt"));

        Assert.Equal("Harbour reopens", article.Title);
        Assert.Equal(["The harbour reopened on Monday after repairs that took two years."], article.Paragraphs);
        Assert.Equal("en", article.Language);
    }

    [Fact]
    public void An_empty_file_has_no_article() =>
        Assert.Throws<NoArticleException>(() => TextDocumentReader.Read("\n\n", new Uri("file:///news/empty.txt")));
}
