using Newsdesk.Core.Model;

namespace Newsdesk.Core.Text;

/// <summary>What the Text stage knows about an article: language, sentences, term counts, names, figures and key terms.</summary>
public sealed record ArticleAnalysis
{
    public required Article Article { get; init; }
    public required string Language { get; init; }
    public required IReadOnlyList<AnalyzedSentence> Sentences { get; init; }
    public required IReadOnlyDictionary<string, int> TermCounts { get; init; }
    public required IReadOnlyList<string> TitleTerms { get; init; }
    public required IReadOnlySet<string> Names { get; init; }
    public required IReadOnlySet<string> Figures { get; init; }

    /// <summary>Language-neutral anchors: capitalised words (folded) and figures ("#" + digits). What EN and DE reports share.</summary>
    public required IReadOnlySet<string> Entities { get; init; }

    /// <summary>Language-neutral concepts from the <see cref="BilingualLexicon"/> ("~flood"): what EN and DE reports
    /// share beyond names and figures.</summary>
    public IReadOnlySet<string> Concepts { get; init; } = new HashSet<string>();
    public required IReadOnlyList<KeyTerm> KeyTerms { get; init; }
}
