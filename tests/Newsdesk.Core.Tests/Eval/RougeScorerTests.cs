using Newsdesk.Core.Eval;

namespace Newsdesk.Core.Tests.Eval;

public class RougeScorerTests
{
    [Fact]
    public void Unigrams_bigrams_and_the_longest_common_subsequence_are_counted_as_published()
    {
        var score = RougeScorer.Compute("The cat sat on the mat.", ["the cat was on the mat"]);

        Assert.Equal(5.0 / 6, score.Rouge1, 6);   // the ×2, cat, on, mat of six tokens each
        Assert.Equal(3.0 / 5, score.Rouge2, 6);   // "the cat", "on the", "the mat" of five bigrams each
        Assert.Equal(5.0 / 6, score.RougeLsum, 6); // the cat … on the mat
    }

    [Fact]
    public void Tokens_are_lower_cased_split_on_anything_but_letters_and_digits_and_long_ones_stemmed()
    {
        Assert.Equal(["runner", "run", "u", "s", "0", "0", "draw", "was"], RougeScorer.Tokens("Runners running, U.S. 0-0 draws was"));
    }

    [Fact]
    public void Summary_level_lcs_unites_each_reference_sentence_with_every_summary_sentence_and_the_best_reference_counts()
    {
        var score = RougeScorer.Compute("alpha beta gamma\ndelta epsilon", ["zeta eta", "alpha beta delta epsilon"]);

        // Against the second reference: LCS with line 1 gives alpha beta, with line 2 delta epsilon: 4 hits,
        // precision 4/5, recall 4/4.
        Assert.Equal(2 * 0.8 * 1 / 1.8, score.RougeLsum, 6);
        Assert.Equal(2 * 0.8 * 1 / 1.8, score.Rouge1, 6);
        Assert.Equal(0, RougeScorer.Compute("", ["alpha"]).Rouge1);
    }
}
