using Newsdesk.Core.Text;

namespace Newsdesk.Core.Tests.Text;

public class TextTests
{
    [Fact]
    public void Sentences_survive_abbreviations_german_dates_and_decimals()
    {
        var sentences = SentenceSplitter.Split("Dr. Karen Voss spoke on 26. Juni about 6.8 metres. The U.S. team agreed. Es gab z. B. Regen am 3. Mai. Ende!");

        Assert.Equal(
            ["Dr. Karen Voss spoke on 26. Juni about 6.8 metres.", "The U.S. team agreed.", "Es gab z. B. Regen am 3. Mai.", "Ende!"],
            sentences);
    }

    [Theory]
    [InlineData("The council approved the fund on Thursday after a long debate about the costs.", "en")]
    [InlineData("Der Stadtrat hat den Fonds am Donnerstag nach langer Debatte über die Kosten beschlossen.", "de")]
    [InlineData("Le conseil a approuvé le fonds pour les victimes dans la ville.", "fr")]
    public void Language_identification(string text, string expected) => Assert.Equal(expected, LanguageIdentifier.Identify(text));

    [Fact]
    public void Tokens_keep_inner_joiners_and_drop_outer_punctuation() =>
        Assert.Equal(
            [("KI-Modelle", 0), ("don't", 12), ("3.5", 19), ("1,000", 25), ("Euro", 31), ("Ende", 39), ("Straßen", 46)],
            Tokenizer.Spans("KI-Modelle, don't: 3.5 / 1,000 Euro -- Ende. \"Straßen-\"").ToArray());

    [Fact]
    public void Umlauts_fold_so_spellings_meet() => Assert.Equal(Tokenizer.Fold("Mueller"), Tokenizer.Fold("Müller"));

    [Fact]
    public void Hyphenated_and_spaced_compounds_share_a_key() =>
        Assert.Equal(TermNormalizer.Key("KI-Modelle", "de"), TermNormalizer.Key("KI Modelle", "de"));

    [Fact]
    public void Key_terms_put_the_central_name_first_and_explain_it()
    {
        var article = new Model.Article
        {
            Url = "https://x.example/a",
            Title = "Comet Halvard discovered at Brightwater Observatory",
            Language = "en",
            Paragraphs =
            [
                "Astronomers at Brightwater Observatory discovered Comet Halvard on images taken in June.",
                "Comet Halvard will come within 90 million kilometres of Earth in March 2027.",
                "The discovery was confirmed by two other observatories.",
            ],
        };
        var analysis = TextAnalyzer.Analyze(article);

        Assert.Contains(analysis.KeyTerms.Take(2), k => k.Term.Contains("Halvard", StringComparison.Ordinal));
        Assert.Contains(analysis.KeyTerms, k => k.IsFigure && k.Term.Contains("90 million", StringComparison.Ordinal));
        Assert.All(analysis.KeyTerms.Where(k => k.Explanation is not null), k => Assert.Contains(k.Term, k.Explanation!, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("halvard", analysis.Entities);
        Assert.Contains("#90", analysis.Entities);
    }
}
