namespace Newsdesk.Core.Brief;

/// <summary>A template question and what makes a sentence a real answer to it.</summary>
internal sealed record FaqQuestion(string English, string German, Func<Candidate, bool> Answers)
{
    public string In(string language) => language == "de" ? German : English;

    public static IReadOnlyList<FaqQuestion> For(string language)
    {
        var cues = SectionCues.For(language);
        return
        [
            new("Who is involved?", "Wer ist beteiligt?", c => c.Source.Names.Count > 0 && Text.NameFinder.Find(c.Text, language).Count() >= 2),
            new("How much or how many?", "Um wie viel geht es?", c => Text.FigureFinder.Find(c.Text).Any()),
            new("When did it happen?", "Wann ist es passiert?", c => SectionCues.Has(c.Lower, cues.Time)),
            new("What happens next?", "Wie geht es weiter?", c => SectionCues.Has(c.Lower, cues.Future)),
        ];
    }
}
