using Newsdesk.Core.Brief;
using Newsdesk.Core.Model;
using Newsdesk.Core.Text;

namespace Newsdesk.Core.Llm;

/// <summary>
/// Collects generated items section by section: keeps an item only when it passes its check and is not a
/// near-paraphrase (token Jaccard over 0.6) of an item already kept, and counts what it drops.
/// </summary>
internal sealed class SectionAssembler(string language)
{
    private const double MaxJaccard = 0.6;

    private readonly List<HashSet<string>> _kept = [];
    private readonly List<string> _problems = [];
    private readonly Dictionary<BriefSectionKind, List<BriefItem>> _sections = [];

    public int Kept => _kept.Count;
    public int Unsupported => _problems.Count;
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>Adds <paramref name="sentence"/> to <paramref name="kind"/> when it is supported and new; returns whether it was.</summary>
    public bool Add(BriefSectionKind kind, GroundedSentence sentence, string? label = null)
    {
        if (!sentence.IsSupported)
        {
            _problems.Add(sentence.Problem!);
            return false;
        }

        if (IsRepeat(sentence.Text))
        {
            return false;
        }

        Remember(sentence.Text);
        Items(kind).Add(new BriefItem(sentence.Text, sentence.Citations) { Label = label });
        return true;
    }

    /// <summary>True when the text repeats something already kept (key-term explanations quoted from the sources are
    /// checked against the generated sections this way).</summary>
    public bool IsRepeat(string text)
    {
        var terms = Terms(text);
        return _kept.Any(k => FactMatch.Jaccard(k, terms) > MaxJaccard);
    }

    public void Remember(string text) => _kept.Add(Terms(text));

    public List<BriefItem> Items(BriefSectionKind kind) => _sections.TryGetValue(kind, out var items) ? items : _sections[kind] = [];

    /// <summary>The sections in DESIGN.md's order, each taken from here or else from <paramref name="fallback"/>; empty ones left out.</summary>
    public List<BriefSection> Sections(Func<BriefSectionKind, IReadOnlyList<BriefItem>?> fallback) =>
        Enum.GetValues<BriefSectionKind>()
            .Select(kind => new BriefSection(kind, _sections.TryGetValue(kind, out var items) ? items : fallback(kind) ?? []))
            .Where(s => s.Items.Count > 0)
            .ToList();

    private HashSet<string> Terms(string text) =>
        Tokenizer.Words(text).Select(Tokenizer.Fold).Where(w => !StopWords.For(language).Contains(w)).ToHashSet(StringComparer.Ordinal);
}
