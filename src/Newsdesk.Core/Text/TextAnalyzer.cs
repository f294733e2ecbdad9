using Newsdesk.Core.Model;

namespace Newsdesk.Core.Text;

/// <summary>The Text stage's entry point: one article in, its <see cref="ArticleAnalysis"/> out.</summary>
public static class TextAnalyzer
{
    /// <param name="article">The article.</param>
    /// <param name="background">Document frequencies that make common words weigh less in the key terms.</param>
    /// <param name="language">The language when the caller has already settled it (<see cref="LanguageOf"/>), so it
    /// is not identified twice.</param>
    public static ArticleAnalysis Analyze(Article article, BackgroundFrequencies? background = null, string? language = null)
    {
        language ??= LanguageOf(article);
        var sentences = new List<AnalyzedSentence>();
        for (var p = 0; p < article.Paragraphs.Count; p++)
        {
            foreach (var sentence in SentenceSplitter.Split(article.Paragraphs[p]))
            {
                sentences.Add(new AnalyzedSentence(sentence, p, sentences.Count, TermNormalizer.Terms(sentence, language)));
            }
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in sentences.SelectMany(s => s.Terms))
        {
            counts[term] = counts.GetValueOrDefault(term) + 1;
        }

        var fullText = article.Title + "\n" + article.Text;
        return new ArticleAnalysis
        {
            Article = article,
            Language = language,
            Sentences = sentences,
            TermCounts = counts,
            TitleTerms = TermNormalizer.Terms(article.Title, language),
            Names = new HashSet<string>(sentences.SelectMany(s => NameFinder.Find(s.Text, language)).Select(n => TermNormalizer.Key(n, language))),
            Figures = new HashSet<string>(FigureFinder.Find(fullText).Select(NormalizeFigure)),
            Entities = EntityFinder.Find(article.Title, sentences.Select(s => s.Text)),
            Concepts = BilingualLexicon.Default.Concepts(sentences.Select(s => s.Text).Prepend(article.Title), language),
            KeyTerms = KeyTermExtractor.Extract(article.Title, sentences, language, background),
        };
    }

    /// <summary>The article's declared language when it is one the stage analyzes, else the identified one.</summary>
    public static string LanguageOf(Article article) =>
        article.Language is "en" or "de" ? article.Language : LanguageIdentifier.Identify(article.Title + "\n" + article.Text);

    /// <summary>The stems the article adds to the background table (<see cref="BackgroundFrequencies"/>).</summary>
    public static IEnumerable<string> BackgroundStems(Article article, string language) =>
        PhraseRanker.Stems([article.Title, .. article.Paragraphs], language);

    /// <summary>Figures compared across languages: digits only, so "3.5 percent" meets "3,5 Prozent".</summary>
    public static string NormalizeFigure(string figure) => new(figure.Where(char.IsDigit).ToArray());
}
