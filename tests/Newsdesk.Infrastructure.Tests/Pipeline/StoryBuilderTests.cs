using Newsdesk.Core.Model;
using Newsdesk.Core.Text;
using Newsdesk.Infrastructure.Config;
using Newsdesk.Infrastructure.Pipeline;
using Newsdesk.Infrastructure.Storage;
using Newsdesk.Infrastructure.Tests.Storage;

namespace Newsdesk.Infrastructure.Tests.Pipeline;

public class StoryBuilderTests
{
    private static Article Article(string url, string title, string language, params string[] paragraphs) => new()
    {
        Url = url,
        Title = title,
        Language = language,
        Paragraphs = paragraphs,
        Published = new DateTimeOffset(2026, 6, 22, 8, 0, 0, TimeSpan.Zero),
        ContentHash = ContentHash.Of(title, paragraphs),
    };

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Each_article_counts_once_in_its_languages_background_table_across_runs(StoreProvider provider)
    {
        using var db = new TestStore(provider);
        using var store = db.Open();
        store.Articles.Upsert(Article("https://a.example/1", "Harbour crane collapses", "en", "A harbour crane collapsed in Selde on Monday, the port authority said."));
        store.Articles.Upsert(Article("https://b.example/2", "New ferry for the harbour", "en", "The harbour will get a new electric ferry next spring."));
        store.Articles.Upsert(Article("https://c.example/3", "Hafen bekommt neue Fähre", "de", "Der Hafen bekommt im Frühjahr eine neue Fähre."));

        await new StoryBuilder(store, new SiteSettings()).RunAsync(null, CancellationToken.None);
        var english = store.TermFrequencies.Load("en");
        var german = store.TermFrequencies.Load("de");

        Assert.Equal(2, english.Documents);
        Assert.Equal(2, english.Frequency(SnowballStemmer.English("harbour")));
        Assert.Equal(1, english.Frequency(SnowballStemmer.English("crane")));
        Assert.Equal(1, german.Documents);
        Assert.True(german.Frequency(SnowballStemmer.German("faehre")) == 1, "the German table keys folded, stemmed words");
        Assert.True(english.Specificity(SnowballStemmer.English("crane")) > english.Specificity(SnowballStemmer.English("harbour")));

        // A second run over the same store, and one more article: only the new one is counted.
        await new StoryBuilder(store, new SiteSettings()).RunAsync(null, CancellationToken.None);
        store.Articles.Upsert(Article("https://d.example/4", "Crane inspection ordered", "en", "Inspectors will check every crane in the harbour."));
        await new StoryBuilder(store, new SiteSettings()).RunAsync(null, CancellationToken.None);
        english = store.TermFrequencies.Load("en");

        Assert.Equal(3, english.Documents);
        Assert.Equal(3, english.Frequency(SnowballStemmer.English("harbour")));
        Assert.Equal(2, english.Frequency(SnowballStemmer.English("crane")));
    }
}
