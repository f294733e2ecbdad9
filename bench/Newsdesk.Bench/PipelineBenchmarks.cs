using BenchmarkDotNet.Attributes;
using Newsdesk.Core.Cluster;
using Newsdesk.Core.Extract;
using Newsdesk.Core.Model;
using Newsdesk.Core.Text;
using Newsdesk.Web.Demo;

namespace Newsdesk.Bench;

/// <summary>
/// The core stages over the bundled demo corpus, one thread, pages already rendered in memory (no I/O timed):
/// extraction of all 41 pages, text analysis of all articles, and story clustering plus thread linking.
/// Run: dotnet run -c Release --project bench/Newsdesk.Bench -- --filter '*'
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private List<(string Html, Uri Url)> _pages = [];
    private List<Article> _articles = [];
    private List<ArticleAnalysis> _analyses = [];

    [GlobalSetup]
    public void Setup()
    {
        var corpus = DemoCorpus.Load(CorpusLocator.DemoCorpus());
        var baseUrl = new Uri("http://127.0.0.1:1/");
        _pages = corpus.Articles.Select(a => (DemoPageTemplate.Render(a, corpus.Articles.Take(3).ToList(), baseUrl), new Uri(baseUrl, a.Path))).ToList();
        _articles = _pages.Select((p, i) => ArticleExtractor.Extract(p.Html, p.Url) with { Id = i + 1 }).ToList();
        _analyses = _articles.Select(a => TextAnalyzer.Analyze(a)).ToList();
    }

    [Benchmark(Description = "Extract 41 pages")]
    public int Extract() => _pages.Sum(p => ArticleExtractor.Extract(p.Html, p.Url).Paragraphs.Count);

    [Benchmark(Description = "Analyze 41 articles")]
    public int Analyze() => _articles.Sum(a => TextAnalyzer.Analyze(a).Sentences.Count);

    [Benchmark(Description = "Cluster + thread 41 articles")]
    public int Cluster()
    {
        var options = new ClusterOptions();
        var stories = new StoryClusterer(options).Cluster(_analyses);
        return new ThreadLinker(options).Link(stories, _analyses.ToDictionary(a => a.Article.Id)).Threads.Count;
    }
}
