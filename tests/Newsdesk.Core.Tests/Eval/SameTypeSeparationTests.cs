using Newsdesk.Core.Eval;

namespace Newsdesk.Core.Tests.Eval;

public sealed class SameTypeSeparationTests
{
    [Fact]
    public void Counts_each_pair_of_same_kind_events_and_whether_any_cluster_holds_both()
    {
        var gold = new Dictionary<string, string>
        {
            ["1"] = "quake/a",
            ["2"] = "quake/a",
            ["3"] = "quake/b",
            ["4"] = "quake/c",
            ["5"] = "strike/a",
            ["6"] = "strike/b",
            ["7"] = "concert",
        };
        // quake/a and quake/b share cluster x (merged); quake/c stands alone; the strikes are apart.
        var predicted = new Dictionary<string, string>
        {
            ["1"] = "x",
            ["2"] = "y",
            ["3"] = "x",
            ["4"] = "z",
            ["5"] = "s1",
            ["6"] = "s2",
            ["7"] = "x",
        };

        var score = SameTypeSeparation.Score(gold, predicted);

        Assert.Equal(4, score.Pairs); // a-b, a-c, b-c for quakes; a-b for strikes; "concert" names no kind
        Assert.Equal(3, score.KeptApart);
        Assert.Equal(0.75, score.Rate);
    }

    [Fact]
    public void A_set_without_kinds_has_no_pairs()
    {
        var gold = new Dictionary<string, string> { ["1"] = "0", ["2"] = "1" };

        Assert.Equal(0, SameTypeSeparation.Score(gold, gold).Pairs);
    }
}
