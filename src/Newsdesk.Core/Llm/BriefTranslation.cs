using Newsdesk.Core.Brief;
using Newsdesk.Core.Model;

namespace Newsdesk.Core.Llm;

/// <summary>
/// The brief in the other language: the finished brief's sections go to the model as JSON, come back translated in
/// the same shape, and each translated sentence is kept only when it cites the same sources as its original and
/// carries the same numbers, months and names (checked both ways, across languages). Front matter, timeline,
/// related topics and sources come from the target language's skeleton, so links stay those of that language.
/// </summary>
public static class BriefTranslation
{
    public const string Purpose = "translate";

    public static LlmPrompt Prompt(StoryBrief source, string target)
    {
        var from = BriefPrompt.LanguageName(source.FrontMatter.Language);
        var to = BriefPrompt.LanguageName(target);
        var system = $"""
            Translate this news brief from {from} into {to}. Keep the JSON shape and every field; translate every string.
            Keep each [n] citation on the sentence it belongs to. Copy names exactly; keep every number's value and write it
            the {to} way; translate quotes faithfully. Answer with the JSON object only.
            """;
        return new LlmPrompt(Purpose, system, DraftParser.Serialize(ToDraft(source)));
    }

    public static ComposedBrief Compose(StoryBrief source, StoryBrief skeleton, LlmDraft translated, string model)
    {
        var from = source.FrontMatter.Language;
        var to = skeleton.FrontMatter.Language;
        var original = ToDraft(source);
        var sections = new SectionAssembler(to);
        void Pair(BriefSectionKind kind, IReadOnlyList<string> originals, IReadOnlyList<string> translations, IReadOnlyList<string?>? labels = null)
        {
            for (var i = 0; i < Math.Min(originals.Count, translations.Count); i++)
            {
                sections.Add(kind, Check(originals[i], translations[i], from, to), labels?[i]);
            }
        }

        Pair(BriefSectionKind.TlDr, [original.TlDr], [translated.TlDr]);
        Pair(BriefSectionKind.Summary, original.Summary, translated.Summary);
        Pair(BriefSectionKind.WhyItMatters, original.WhyItMatters, translated.WhyItMatters);
        Pair(BriefSectionKind.KeyPoints, original.KeyPoints, translated.KeyPoints);
        Pair(BriefSectionKind.Perspectives, original.Perspectives.Select(p => p.Text).ToList(), translated.Perspectives.Select(p => p.Text).ToList(),
            // The take keeps its fixed opinion label, whatever the model made of it.
            translated.Perspectives.Select((p, i) => (string?)(i < original.Perspectives.Count && original.Perspectives[i].Who == SectionHeadings.Take(from) ? SectionHeadings.Take(to) : p.Who)).ToList());
        Pair(BriefSectionKind.Faq, original.Faq.Select(q => q.Answer).ToList(), translated.Faq.Select(q => q.Answer).ToList(),
            translated.Faq.Select(q => (string?)q.Question).ToList());
        var terms = source.Section(BriefSectionKind.KeyTerms)?.Items ?? [];
        for (var i = 0; i < Math.Min(terms.Count, translated.KeyTerms.Count); i++)
        {
            var term = translated.KeyTerms[i].Term;
            var explained = terms[i].Text.Length > 0
                && sections.Add(BriefSectionKind.KeyTerms, Check(original.KeyTerms[i].Explanation, translated.KeyTerms[i].Explanation, from, to), term);
            var items = sections.Items(BriefSectionKind.KeyTerms);
            if (!explained)
            {
                items.Add(new BriefItem("", []) { Label = term });
            }

            items[^1] = items[^1] with { Kind = terms[i].Kind };
        }

        // The title carries no citation; it is checked like a sentence citing a stand-in source [1].
        var title = translated.Title is { Length: > 0 } t && Check(source.FrontMatter.Title + " [1]", t + " [1]", from, to).IsSupported ? t.Trim() : skeleton.FrontMatter.Title;
        var brief = skeleton with
        {
            Sections = sections.Sections(kind => kind is BriefSectionKind.Timeline or BriefSectionKind.RelatedTopics or BriefSectionKind.Sources ? skeleton.Section(kind)?.Items : null),
            FrontMatter = skeleton.FrontMatter with
            {
                Title = title,
                Engine = "llm:" + model,
                Usage = new LlmUsage(0, 0, 0, sections.Unsupported) { TranslatedFrom = from },
            },
        };
        return new ComposedBrief(brief, sections.Kept, sections.Unsupported, sections.Problems);
    }

    /// <summary>A translated sentence is supported when it cites what its original cites and each side's numbers,
    /// months and names are found in the other.</summary>
    internal static GroundedSentence Check(string original, string translation, string from, string to)
    {
        var citations = CitationMarks.Numbers(original);
        var originalFacts = SourceFacts.Of(CitationMarks.Strip(original), from);
        var translationFacts = SourceFacts.Of(CitationMarks.Strip(translation), to);
        var forward = Against(originalFacts, citations, to == "de" ? translationFacts.Tokens : Empty).Check(translation, to);
        if (!forward.IsSupported)
        {
            return forward;
        }

        if (!forward.Citations.Order().SequenceEqual(citations.Order()))
        {
            return forward with { Problem = "the citations differ from the original's" };
        }

        var backward = Against(translationFacts, citations, from == "de" ? originalFacts.Tokens : Empty).Check(original, from);
        return backward.IsSupported ? forward : forward with { Problem = "dropped from the original: " + backward.Problem };
    }

    private static GroundingCheck Against(SourceFacts facts, IReadOnlyList<int> citations, IReadOnlySet<string> vocabulary) =>
        new(citations.ToDictionary(n => n, _ => facts), vocabulary);

    private static readonly IReadOnlySet<string> Empty = new HashSet<string>();

    /// <summary>The brief's prose as a draft, citations written back inline.</summary>
    internal static LlmDraft ToDraft(StoryBrief brief)
    {
        static string Cited(BriefItem item) => item.Citations.Count == 0 ? item.Text : $"{item.Text} {string.Concat(item.Citations.Select(n => $"[{n}]"))}";
        List<string> Texts(BriefSectionKind kind) => (brief.Section(kind)?.Items ?? []).Select(Cited).ToList();
        return new LlmDraft
        {
            Title = brief.FrontMatter.Title,
            TlDr = Texts(BriefSectionKind.TlDr).FirstOrDefault() ?? "",
            Summary = Texts(BriefSectionKind.Summary),
            WhyItMatters = Texts(BriefSectionKind.WhyItMatters),
            KeyPoints = Texts(BriefSectionKind.KeyPoints),
            Perspectives = (brief.Section(BriefSectionKind.Perspectives)?.Items ?? []).Select(i => new DraftPerspective(i.Label ?? "", Cited(i))).ToList(),
            Faq = (brief.Section(BriefSectionKind.Faq)?.Items ?? []).Select(i => new DraftQuestion(i.Label ?? "", Cited(i))).ToList(),
            KeyTerms = (brief.Section(BriefSectionKind.KeyTerms)?.Items ?? []).Select(i => new DraftKeyTerm(i.Label ?? "", Cited(i))).ToList(),
        };
    }
}
