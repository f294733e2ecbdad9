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

    /// <summary>How many people and organisations the sentence names, told from the sentence alone (a role, an organisation word).</summary>
    public int Actors => _actors ??= CountActors();

    private int? _actors;

    private int CountActors()
    {
        var names = NameFinder.Find(Sentence.Text, Source.Language).Distinct(StringComparer.Ordinal).ToList();
        // Fewer than two names cannot make two actors: no typing needed.
        return names.Count < 2 ? 0 : names.Count(name => NameTyper.Type(name, [Sentence.Text], Source.Language) is Model.KeyTermKind.Person or Model.KeyTermKind.Organisation);
    }

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
