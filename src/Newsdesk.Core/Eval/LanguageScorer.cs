namespace Newsdesk.Core.Eval;

/// <summary>
/// Scores language identification the way the product uses it: English and German must be named exactly; a text in
/// any other language is right when it is not called English or German (naming which one is a bonus, counted apart).
/// </summary>
public static class LanguageScorer
{
    public sealed record Result(int Samples, double Accuracy, double EnglishGermanAccuracy, double OtherRejected, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Confusion);

    public static Result Score(IReadOnlyList<(string Gold, string Predicted)> pairs)
    {
        var confusion = new SortedDictionary<string, IReadOnlyDictionary<string, int>>(StringComparer.Ordinal);
        foreach (var group in pairs.GroupBy(p => p.Gold))
        {
            confusion[group.Key] = new SortedDictionary<string, int>(group.GroupBy(p => Column(p.Predicted)).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);
        }

        var enDe = pairs.Where(p => p.Gold is "en" or "de").ToList();
        var other = pairs.Where(p => p.Gold is not ("en" or "de")).ToList();
        var right = pairs.Count(IsRight);
        return new Result(
            pairs.Count,
            pairs.Count == 0 ? 0 : (double)right / pairs.Count,
            enDe.Count == 0 ? 0 : (double)enDe.Count(IsRight) / enDe.Count,
            other.Count == 0 ? 0 : (double)other.Count(IsRight) / other.Count,
            confusion);
    }

    public static bool IsRight((string Gold, string Predicted) pair) =>
        pair.Gold is "en" or "de" ? pair.Predicted == pair.Gold : pair.Predicted is not ("en" or "de");

    private static string Column(string predicted) => predicted is "en" or "de" ? predicted : "other";
}
