namespace Newsdesk.Core.Brief;

/// <summary>
/// Bounded briefs: the reports a brief is written from, at most <see cref="MaxSources"/> however large the story grows,
/// so that writing it costs about the same for 5 articles as for 500. Chosen without reading the articles' text: the
/// first report (what founded the story), the newest report in each language, then one report per outlet newest first,
/// then outlets' further reports newest first. Ties in time go by address. The others are counted and listed on the
/// story's sources page.
/// </summary>
public static class SourceSelection
{
    public const int MaxSources = 12;

    /// <summary>How many of each report's first sentences a bounded brief quotes from.</summary>
    public const int OpeningSentences = 12;

    /// <summary>What the choice reads of a report: when, where and in which language.</summary>
    public sealed record Report(long Id, string Url, string? Outlet, string Language, DateTimeOffset? Published);

    public static IReadOnlyList<long> Choose(IReadOnlyCollection<Report> reports, int max = MaxSources)
    {
        if (reports.Count <= max)
        {
            return reports.Select(r => r.Id).ToList();
        }

        var newestFirst = reports.OrderByDescending(r => r.Published ?? DateTimeOffset.MinValue).ThenBy(r => r.Url, StringComparer.Ordinal).ToList();
        var chosen = new List<Report>(max);
        var outlets = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        void Take(Report report)
        {
            if (chosen.Count < max && !chosen.Contains(report))
            {
                chosen.Add(report);
                outlets.Add(OutletOf(report));
            }
        }

        Take(newestFirst[^1]);
        foreach (var language in newestFirst.Select(r => r.Language).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            Take(newestFirst.First(r => r.Language == language));
        }

        foreach (var report in newestFirst.Where(r => !outlets.Contains(OutletOf(r))))
        {
            if (!outlets.Contains(OutletOf(report)))
            {
                Take(report);
            }
        }

        foreach (var report in newestFirst)
        {
            Take(report);
        }

        return chosen.Select(r => r.Id).Order().ToList();
    }

    private static string OutletOf(Report report) =>
        !string.IsNullOrWhiteSpace(report.Outlet) ? report.Outlet.Trim() : Uri.TryCreate(report.Url, UriKind.Absolute, out var url) ? url.Host : report.Url;
}
