using Newsdesk.Core.Model;
using Newsdesk.Core.Text;

namespace Newsdesk.Core.Brief;

/// <summary>A story's merged key terms in one language, the stemmed words they are made of (what sentence scoring
/// counts as key-term coverage), and the <see cref="KeyTermGlossary"/> of them a reader is shown.</summary>
public sealed record StoryKeyTerms(IReadOnlyList<KeyTerm> Terms, IReadOnlySet<string> Words, IReadOnlyList<KeyTerm> Glossary)
{
    /// <summary>How many ranked terms sentence scoring and headlines weigh.</summary>
    private const int Leading = 12;

    /// <summary>How many the glossary chooses from: it drops many (single words, undefined phrases), so it looks further.</summary>
    private const int Considered = 24;

    public static StoryKeyTerms Of(IReadOnlyList<ArticleAnalysis> quoted, string language)
    {
        // Merged in a fixed order (publication, then address), not in the order the store numbered the articles: a term
        // keeps the form and kind of the first article that names it, and the order pages were fetched in must not
        // decide that (it made one demo story's tags differ from run to run).
        var ordered = quoted.OrderBy(a => a.Article.Published).ThenBy(a => a.Article.Url, StringComparer.Ordinal);
        var considered = KeyTermExtractor.Merge(ordered.Select(a => a.KeyTerms), language, Considered);
        var terms = considered.Take(Leading).ToList();
        return new StoryKeyTerms(
            terms,
            new HashSet<string>(terms.SelectMany(k => TermNormalizer.Terms(k.Term, language)), StringComparer.Ordinal),
            KeyTermGlossary.Select(considered, quoted, language));
    }

    /// <summary>The glossary's matching keys: what Related topics compares between stories.</summary>
    public IReadOnlySet<string> GlossaryKeys(string language) =>
        new HashSet<string>(Glossary.Select(k => TermNormalizer.Key(k.Term, language)), StringComparer.Ordinal);
}
