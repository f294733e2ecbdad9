using Newsdesk.Core.Text;

namespace Newsdesk.Core.Brief;

/// <summary>A source sentence the writer may quote, with its citation number and score.</summary>
internal sealed record Candidate(AnalyzedSentence Sentence, ArticleAnalysis Source, int Citation, double Score)
{
    public string Text => Sentence.Text;

    public string Lower { get; } = Sentence.Text.ToLowerInvariant();

    public HashSet<string> TermSet { get; } = new(Sentence.Terms, StringComparer.Ordinal);
}
