using Newsdesk.Core.Text;

namespace Newsdesk.Core.Brief;

/// <summary>Which languages a story gets a brief in: each of en/de its sources are written in (en when none is).</summary>
public static class StoryLanguages
{
    public static IReadOnlyList<string> Of(IEnumerable<ArticleAnalysis> articles)
    {
        var languages = articles.Select(a => a.Language).Where(l => l is "en" or "de").Distinct().Order(StringComparer.Ordinal).ToList();
        return languages.Count == 0 ? ["en"] : languages;
    }

    /// <summary>The language a brief is translated into: German for English and English for German.</summary>
    public static string Other(string language) => language == "en" ? "de" : "en";

    /// <summary>The articles a brief in <paramref name="language"/> is written from (all of them when none is in it).</summary>
    public static IReadOnlyList<ArticleAnalysis> Quoted(IReadOnlyList<ArticleAnalysis> articles, string language)
    {
        var own = articles.Where(a => a.Language == language).ToList();
        return own.Count > 0 ? own : articles;
    }
}
