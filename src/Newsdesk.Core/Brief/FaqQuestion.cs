using Newsdesk.Core.Text;

namespace Newsdesk.Core.Brief;

/// <summary>
/// A template question and what makes a sentence a real answer to it: When → the event's own time (a past time in a
/// sentence that shares two words with its source's headline, not a date ahead); How much or how many → a figure;
/// Who → at least two named actors (people or organisations); What next → a plan or forecast, not a quote of regret.
/// No fitting sentence, no question.
/// </summary>
internal sealed record FaqQuestion(string English, string German, Func<Candidate, bool> Answers)
{
    public string In(string language) => language == "de" ? German : English;

    public static IReadOnlyList<FaqQuestion> For(string language)
    {
        var cues = SectionCues.For(language);
        return
        [
            new("Who is involved?", "Wer ist beteiligt?", c => c.NamesTwoActors),
            new("How much or how many?", "Um wie viel geht es?", c => FigureFinder.Find(c.Text).Any()),
            new("When did it happen?", "Wann ist es passiert?", c => SectionCues.Has(c.Lower, cues.Time) && !SectionCues.Has(c.Lower, cues.Future)
                && c.Sentence.Terms.Distinct(StringComparer.Ordinal).Count(c.Source.TitleTerms.Contains) >= 2),
            new("What happens next?", "Wie geht es weiter?", c => SectionCues.Has(c.Lower, cues.Future) && !IsQuote(c.Text) && !SectionCues.Has(c.Lower, cues.Regret)),
        ];
    }

    /// <summary>A direct quote answers what someone said, not what comes next.</summary>
    public static bool IsQuote(string text) => text[0] is '"' or '„' or '“' or '»' or '«' or '\'';
}
