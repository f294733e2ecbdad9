using System.Text.RegularExpressions;
using Newsdesk.Core.Brief;
using Newsdesk.Core.Llm;

namespace Newsdesk.Cli.Eval;

/// <summary>
/// Measures the grounding check without a model: every evidence sentence, cited as it is, must pass (a flag is a
/// false alarm that would drop a true sentence), and the same sentence with its first figure changed must fail.
/// </summary>
internal sealed partial record GroundingProbe(int Verbatim, int VerbatimFlagged, int Altered, int AlteredCaught)
{
    public static GroundingProbe Empty { get; } = new(0, 0, 0, 0);

    public static GroundingProbe Run(GroundingCheck check, IReadOnlyList<EvidenceSentence> evidence, string language)
    {
        var result = Empty;
        foreach (var e in evidence)
        {
            var flagged = !check.Check($"{e.Text} [{e.Citation}]", language).IsSupported;
            result = result with { Verbatim = result.Verbatim + 1, VerbatimFlagged = result.VerbatimFlagged + (flagged ? 1 : 0) };
            if (FirstNumber().Match(e.Text) is { Success: true } number)
            {
                // One more than the figure: a plausible invention, not a random string.
                var changed = e.Text[..number.Index] + (long.Parse(number.Value, System.Globalization.CultureInfo.InvariantCulture) + 1) + e.Text[(number.Index + number.Length)..];
                var caught = !check.Check($"{changed} [{e.Citation}]", language).IsSupported;
                result = result with { Altered = result.Altered + 1, AlteredCaught = result.AlteredCaught + (caught ? 1 : 0) };
            }
        }

        return result;
    }

    public GroundingProbe Add(GroundingProbe other) =>
        new(Verbatim + other.Verbatim, VerbatimFlagged + other.VerbatimFlagged, Altered + other.Altered, AlteredCaught + other.AlteredCaught);

    [GeneratedRegex(@"(?<![\d.,])\d{1,9}(?![\d.,]\d)")]
    private static partial Regex FirstNumber();
}
