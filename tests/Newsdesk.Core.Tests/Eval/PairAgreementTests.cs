using Newsdesk.Core.Eval;

namespace Newsdesk.Core.Tests.Eval;

public class PairAgreementTests
{
    [Fact]
    public void Agreement_counts_same_and_different_pairs_per_language_combination_and_skips_the_middle()
    {
        var rows = PairAgreement.Score(
        [
            ("en", "en", 1.0, true),
            ("en", "en", 4.0, true),
            ("en", "en", 2.5, false),
            ("de", "en", 1.25, true),
            ("en", "de", 3.75, false),
        ]);

        var enEn = Assert.Single(rows, r => r.Languages == "en-en");
        Assert.Equal((1, 1, 1, 0), (enEn.Same, enEn.SameAgreed, enEn.Different, enEn.DifferentAgreed));
        Assert.Equal(0.5, enEn.Rate, 6);
        var deEn = Assert.Single(rows, r => r.Languages == "de-en");
        Assert.Equal(1.0, deEn.Rate, 6);
    }

    [Fact]
    public void The_best_bar_is_where_most_pairs_would_agree_and_a_tie_keeps_the_bar_nearest_one()
    {
        // Same-story pairs at 0.7 and 0.9, a different pair at 0.5: any bar in (0.5, 0.7] agrees on all three.
        var bars = PairAgreement.BestBars(
        [
            ("de", "de", 1.0, 0.7),
            ("de", "de", 1.0, 0.9),
            ("de", "de", 4.0, 0.5),
            ("en", "en", 1.0, 1.4),
            ("en", "en", 4.0, 0.2),
        ]);

        Assert.Equal(0.70, bars["de-de"].Bar, 6);
        Assert.Equal(1.0, bars["de-de"].Agreement, 6);
        // Every bar from 0.21 to 1.4 separates the English pairs; the product's own bar of 1 is kept.
        Assert.Equal(1.00, bars["en-en"].Bar, 6);
    }
}
