using System.Text.Json;
using Newsdesk.Core.Eval;
using Newsdesk.Core.Ingest;
using Newsdesk.Infrastructure.Eval;

namespace Newsdesk.Cli.Eval;

/// <summary>Runs the feed conformance checks through Newsdesk's parser and lists the failures by field.</summary>
internal static class FeedsEval
{
    public static int Run(string path, bool json, bool verbose = false)
    {
        var set = FeedConformanceSet.Load(path);
        var failures = new List<(FeedCase Case, string? Actual)>();
        foreach (var feedCase in set.Cases)
        {
            string? actual;
            try
            {
                actual = FeedFields.Read(FeedParser.Parse(set.Bytes(feedCase), set.BaseUri(feedCase)), feedCase.Field);
            }
            catch (FeedFormatException ex)
            {
                actual = "error: " + ex.Message;
            }

            if (!FeedFieldComparer.Matches(feedCase.Expected, actual))
            {
                failures.Add((feedCase, actual));
            }
        }

        var passed = set.Cases.Count - failures.Count;
        Console.WriteLine($"feeds: {passed}/{set.Cases.Count} checks passed ({passed / (double)set.Cases.Count:P1})");
        foreach (var group in failures.GroupBy(f => f.Case.Field).OrderByDescending(g => g.Count()))
        {
            Console.WriteLine($"  {group.Key}: {group.Count()} failed");
            foreach (var (feedCase, actual) in group.Take(verbose ? 100 : 3))
            {
                Console.WriteLine($"    {feedCase.File}: expected {Show(feedCase.Expected)}, got {Show(actual)}");
            }
        }

        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                suite = "feeds",
                cases = set.Cases.Count,
                passed,
                rate = Math.Round(passed / (double)set.Cases.Count, 4),
                failures_by_field = failures.GroupBy(f => f.Case.Field).ToDictionary(g => g.Key, g => g.Count()),
            }));
        }

        return 0;
    }

    private static string Show(string? value) => value is null ? "(none)" : value.Length > 70 ? JsonSerializer.Serialize(value[..70] + "…") : JsonSerializer.Serialize(value);
}
