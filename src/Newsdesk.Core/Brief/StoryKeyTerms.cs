using Newsdesk.Core.Model;
using Newsdesk.Core.Text;

namespace Newsdesk.Core.Brief;

/// <summary>A story's merged key terms in one language, and the stemmed words they are made of (what sentence
/// scoring counts as key-term coverage).</summary>
internal sealed record StoryKeyTerms(IReadOnlyList<KeyTerm> Terms, IReadOnlySet<string> Words)
{
    public static StoryKeyTerms Of(IReadOnlyList<ArticleAnalysis> quoted, string language)
    {
        var terms = KeyTermExtractor.Merge(quoted.Select(a => a.KeyTerms), language);
        return new StoryKeyTerms(terms, new HashSet<string>(terms.SelectMany(k => TermNormalizer.Terms(k.Term, language)), StringComparer.Ordinal));
    }
}
