using Newsdesk.Core.Brief;
using Newsdesk.Core.Model;

namespace Newsdesk.Core.Llm;

/// <summary>
/// Turns a model's draft into a brief: every generated sentence is grounded against the sources it cites and kept
/// only when supported and new; the TL;DR to FAQ come from the draft, the take is labelled as opinion, and key
/// terms, timeline, related topics and sources stay those of the extractive brief (they are facts of the store,
/// not prose). Key-term explanations that repeat a generated sentence lose their explanation.
/// </summary>
public static class LlmBriefComposer
{
    public const int MaxSummary = 5;
    public const int MaxWhy = 2;
    public const int MaxKeyPoints = 4;
    public const int MaxPerspectives = 3;
    public const int MaxFaq = 4;

    public static ComposedBrief Compose(StoryBrief extractive, LlmDraft draft, GroundingCheck check, string model)
    {
        var language = extractive.FrontMatter.Language;
        var sections = new SectionAssembler(language);
        void Add(BriefSectionKind kind, IEnumerable<string> sentences, int max)
        {
            foreach (var sentence in sentences.Take(max))
            {
                sections.Add(kind, check.Check(sentence, language));
            }
        }

        // A story that grew leads with its newest development: the extractive lead (a quote, grounded like any sentence)
        // is the TL;DR, and "What's new" stays the extractive one, so the model is not trusted to notice what changed.
        var lead = extractive.Section(BriefSectionKind.WhatsNew) is null ? null : extractive.Section(BriefSectionKind.TlDr)?.Items.FirstOrDefault();
        Add(BriefSectionKind.TlDr, [lead is null ? draft.TlDr : $"{lead.Text} [{string.Join("][", lead.Citations)}]"], 1);
        Add(BriefSectionKind.Summary, draft.Summary, MaxSummary);
        Add(BriefSectionKind.WhyItMatters, draft.WhyItMatters, MaxWhy);
        Add(BriefSectionKind.KeyPoints, draft.KeyPoints, MaxKeyPoints);
        foreach (var side in draft.Perspectives.Where(p => !string.IsNullOrWhiteSpace(p.Who)).Take(MaxPerspectives))
        {
            var sentence = check.Check(side.Text, language);
            // The speaker is a claim too: "Mayor Lena Brandt" must be in what the sentence cites.
            var speaker = check.Check($"{side.Who} [{string.Join("][", sentence.Citations)}]", language);
            sections.Add(BriefSectionKind.Perspectives, speaker.IsSupported ? sentence : sentence with { Problem = sentence.Problem ?? speaker.Problem }, speaker.Text);
        }

        if (!string.IsNullOrWhiteSpace(draft.Take))
        {
            sections.Add(BriefSectionKind.Perspectives, check.Check(draft.Take, language), SectionHeadings.Take(language));
        }

        foreach (var question in draft.Faq.Take(MaxFaq))
        {
            var answer = check.Check(question.Answer, language);
            var asked = check.Check($"{question.Question} [{string.Join("][", answer.Citations)}]", language);
            sections.Add(BriefSectionKind.Faq, asked.IsSupported ? answer : answer with { Problem = answer.Problem ?? asked.Problem }, question.Question.Trim());
        }

        var keyTerms = KeyTermsWithoutRepeats(extractive, sections);
        var kept = sections.Sections(kind => kind switch
        {
            BriefSectionKind.KeyTerms => keyTerms,
            BriefSectionKind.WhatsNew or BriefSectionKind.Timeline or BriefSectionKind.RelatedTopics or BriefSectionKind.Sources => extractive.Section(kind)?.Items,
            _ => null,
        });
        var brief = extractive with
        {
            Sections = kept,
            FrontMatter = extractive.FrontMatter with { Engine = "llm:" + model, Usage = new LlmUsage(0, 0, 0, sections.Unsupported) },
        };
        return new ComposedBrief(brief, sections.Kept, sections.Unsupported, sections.Problems);
    }

    private static List<BriefItem> KeyTermsWithoutRepeats(StoryBrief extractive, SectionAssembler sections) =>
        (extractive.Section(BriefSectionKind.KeyTerms)?.Items ?? [])
            .Select(k => k.Text.Length > 0 && sections.IsRepeat(k.Text) ? k with { Text = "", Citations = [] } : k)
            .ToList();
}
