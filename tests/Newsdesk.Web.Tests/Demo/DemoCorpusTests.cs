using System.Text;
using Newsdesk.Core.Extract;
using Newsdesk.Core.Ingest;
using Newsdesk.Web.Demo;

namespace Newsdesk.Web.Tests.Demo;

public class DemoCorpusTests
{
    private static readonly DemoCorpus Corpus = DemoCorpus.Load(RepositoryPaths.DemoCorpus);

    [Fact]
    public void Corpus_is_big_enough_bilingual_and_spread_over_days()
    {
        Assert.True(Corpus.Articles.Count >= 40);
        Assert.True(Corpus.Articles.Count(a => a.Outlet.Language == "de") >= 12);
        Assert.True(Corpus.Articles.Select(a => a.Published.UtcDateTime.Date).Distinct().Count() >= 5);
        Assert.Contains(Corpus.Outlets, o => o.Feed == "json");
        Assert.Contains(Corpus.Outlets, o => o.Feed == "atom");
        Assert.Contains(Corpus.Outlets, o => o.Feed == "rss");
    }

    [Fact]
    public async Task Every_outlet_serves_a_parseable_feed_whose_links_resolve_to_pages()
    {
        await using var server = await DemoOutletServer.StartAsync(Corpus);
        using var client = new HttpClient();
        foreach (var url in server.FeedUrls)
        {
            var feed = FeedParser.Parse(await client.GetByteArrayAsync(url), url);
            Assert.NotEmpty(feed.Items);
            var page = await client.GetStringAsync(feed.Items[0].Link);
            Assert.Contains("cookie", page, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("newsletter", page, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Rendered_pages_extract_to_exactly_the_written_paragraphs()
    {
        foreach (var article in Corpus.Articles)
        {
            var html = DemoPageTemplate.Render(article, Corpus.Articles.Take(3).ToList(), new Uri("http://127.0.0.1:1/"));
            var extracted = ArticleExtractor.Extract(html, new Uri("http://127.0.0.1:1" + article.Path));
            var written = article.Blocks.Select(b => b.StartsWith("## ", StringComparison.Ordinal) ? b[3..] : b).ToList();

            Assert.Equal(written, extracted.Paragraphs);
            Assert.Equal(article.Title, extracted.Title);
            Assert.Equal(article.Published, extracted.Published);
        }
    }

    [Fact]
    public void Corpus_text_is_valid_utf8_without_replacement_characters() =>
        Assert.All(Corpus.Articles, a => Assert.DoesNotContain('\uFFFD', string.Join(' ', a.Blocks) + a.Title + Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(a.Author))));
}
