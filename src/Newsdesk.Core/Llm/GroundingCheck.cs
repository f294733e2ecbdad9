using System.Text.RegularExpressions;
using Newsdesk.Core.Model;
using Newsdesk.Core.Text;

namespace Newsdesk.Core.Llm;

/// <summary>
/// Checks one generated sentence against the sources it cites: the citations must exist, and its numbers, names,
/// months and weekdays must appear in those sources (normalised, across English and German), and a direct quote
/// must be found word for word in a cited source of the sentence's language. A quote that only a source in the
/// other language can back is a translation and is checked for its names and numbers only.
/// </summary>
public sealed partial class GroundingCheck
{
    private readonly IReadOnlyDictionary<int, SourceFacts> _sources;
    private readonly IReadOnlySet<string> _vocabulary;

    /// <param name="sources">Each source's facts by its citation number.</param>
    /// <param name="vocabulary">Folded words the story's sources in the sentence's language use; in German, a
    /// capitalised word found there is an ordinary noun of the story, not a name to check.</param>
    public GroundingCheck(IReadOnlyDictionary<int, SourceFacts> sources, IReadOnlySet<string> vocabulary)
    {
        _sources = sources;
        _vocabulary = vocabulary;
    }

    /// <summary>The check for <paramref name="brief"/>: each numbered source's facts from its article (title and text).</summary>
    public static GroundingCheck For(StoryBrief brief, IReadOnlyList<ArticleAnalysis> articles)
    {
        var byUrl = articles.ToDictionary(a => a.Article.Url, a => a.Article, StringComparer.Ordinal);
        var facts = brief.Sources.ToDictionary(s => s.Number, s => SourceFacts.Of(
            byUrl.TryGetValue(s.Url, out var article) ? article.Title + "\n" + article.Text : s.Title, s.Language));
        // The same-language sources' words, from the facts just built rather than tokenizing the articles again.
        var vocabulary = facts.Values.Where(f => f.Language == brief.FrontMatter.Language)
            .SelectMany(f => f.Tokens).ToHashSet(StringComparer.Ordinal);
        return new GroundingCheck(facts, vocabulary);
    }

    public GroundedSentence Check(string sentence, string language)
    {
        var citations = CitationMarks.Numbers(sentence);
        var text = CitationMarks.Strip(sentence);
        if (text.Length == 0)
        {
            return new GroundedSentence(text, citations, "empty sentence");
        }

        if (citations.Count == 0)
        {
            return new GroundedSentence(text, citations, "no citation");
        }

        if (citations.FirstOrDefault(n => !_sources.ContainsKey(n)) is var missing and > 0)
        {
            return new GroundedSentence(text, citations, $"cites [{missing}], which is not a source");
        }

        var cited = citations.Select(n => _sources[n]).ToList();
        return new GroundedSentence(text, citations, Problem(text, language, cited));
    }

    private string? Problem(string text, string language, List<SourceFacts> cited)
    {
        foreach (var number in NumberForms.In(text, language))
        {
            if (!cited.Any(s => s.Numbers.Contains(number)))
            {
                return $"the number {number} is not in the cited sources";
            }
        }

        foreach (var day in CalendarWords.In(text))
        {
            if (!cited.Any(s => s.Calendar.Contains(day)))
            {
                return "a month or weekday is not in the cited sources";
            }
        }

        foreach (var name in NameWords(text, language))
        {
            if (!cited.Any(s => s.HasWord(name)))
            {
                return $"the name \"{name}\" is not in the cited sources";
            }
        }

        foreach (Match quote in Quote().Matches(text))
        {
            var words = Tokenizer.Words(quote.Groups[1].Value).Select(Tokenizer.Fold).ToList();
            var sameLanguage = cited.Where(s => s.Language == language).ToList();
            if (words.Count >= 4 && sameLanguage.Count > 0 && !sameLanguage.Any(s => s.Phrase.Contains(" " + string.Join(' ', words) + " ", StringComparison.Ordinal)))
            {
                return "a quote is not word for word in the cited sources";
            }
        }

        return null;
    }

    /// <summary>
    /// The words of the sentence that name something (folded). English: capitalised words not opening the sentence,
    /// and an opening word followed by another capitalised one. German capitalises every noun, so there: words with
    /// capitals inside (acronyms, "TransVer"), and runs of two or more capitalised words, leaving out the story's own
    /// vocabulary and words with a common-noun ending. Titles, roles, months and the lexicon's common words are not names.
    /// </summary>
    private IEnumerable<string> NameWords(string text, string language)
    {
        var words = Tokenizer.Words(text).SelectMany(w => w.Split('-')).Where(w => w.Length > 0).ToList();
        var capitalised = words.Select(w => IsCapitalisedWord(w, language)).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            if (!capitalised[i])
            {
                continue;
            }

            var folded = Tokenizer.Fold(words[i]);
            var innerCapital = words[i].Skip(1).Any(char.IsUpper);
            var inRun = i + 1 < words.Count && capitalised[i + 1] || i > 0 && capitalised[i - 1];
            var isName = language == "de"
                ? innerCapital || inRun && !_vocabulary.Contains(folded) && !CommonNounEnding().IsMatch(folded)
                : innerCapital || i > 0 || inRun;
            if (isName)
            {
                yield return folded;
            }
        }
    }

    /// <summary>A capitalised word that could be part of a name: not a stop word, title, role, month or weekday, nor
    /// a common word the bilingual lexicon knows.</summary>
    private static bool IsCapitalisedWord(string word, string language)
    {
        if (!char.IsUpper(word[0]) || char.IsDigit(word[^1]))
        {
            return false;
        }

        var folded = Tokenizer.Fold(word);
        return !(StopWords.IsStopWord(folded) || Text.NameWords.IsTitle(folded, language) || Text.NameWords.Roles.Contains(folded)
            || CalendarWords.Is(word) || BilingualLexicon.Default.Concepts([word], language).Count > 0);
    }

    [GeneratedRegex(@"[""“„»«]([^""“”„»«]{8,400})[""“”«»]")]
    private static partial Regex Quote();

    [GeneratedRegex(@"(ung|ungen|heit|keit|schaft|tion|taet|ismus|nis|tum|ment|erei|werk|amt)$")]
    private static partial Regex CommonNounEnding();
}

/// <summary>A generated sentence without its citation marks, the sources it cites, and why it is unsupported (null when
/// it is supported).</summary>
public sealed record GroundedSentence(string Text, IReadOnlyList<int> Citations, string? Problem)
{
    public bool IsSupported => Problem is null;
}
