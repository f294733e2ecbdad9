using Newsdesk.Core.Text;

namespace Newsdesk.Core.Brief;

/// <summary>A source sentence the writer may quote, with its citation number and score.</summary>
internal sealed record Candidate(AnalyzedSentence Sentence, ArticleAnalysis Source, int Citation, double Score)
{
    public string Text => Sentence.Text;

    public string Lower { get; } = Sentence.Text.ToLowerInvariant();

    public HashSet<string> TermSet { get; } = new(Sentence.Terms, StringComparer.Ordinal);

    /// <summary>The sentence's figures as <see cref="FactMatch"/> compares them.</summary>
    public HashSet<string> Figures => field ??= FactMatch.Figures(Sentence.Text);

    /// <summary>True when the sentence names two people or organisations (<see cref="NameTyper.NamesActors"/>).</summary>
    public bool NamesTwoActors => _namesTwoActors ??= NameTyper.NamesActors(Sentence.Text, Source.Language, 2);

    private bool? _namesTwoActors;

    /// <summary>True when this sentence and <paramref name="other"/> state the same fact (<see cref="FactMatch"/>).</summary>
    public bool SameFact(Candidate other) => FactMatch.Same(Figures, TermSet, other.Figures, other.TermSet);

    private bool? _isFact;

    // Sections ask these of every candidate on every pick; computed once (measured: a brief of three long sources
    // spent a fifth of its time re-finding names and re-normalising sentences).

    /// <summary>The sentence's matching key in its source's language (<see cref="TermNormalizer.Key"/>).</summary>
    public string Key => field ??= TermNormalizer.Key(Sentence.Text, Source.Language);

    /// <summary>True for a sentence of facts: a figure, or at least two names.</summary>
    public bool IsFact => _isFact ??= FigureFinder.Find(Sentence.Text).Any() || NameFinder.Find(Sentence.Text, Source.Language).Skip(1).Any();
}
