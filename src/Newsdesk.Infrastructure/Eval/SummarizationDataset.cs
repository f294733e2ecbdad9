using System.Globalization;
using System.Text.Json;

namespace Newsdesk.Infrastructure.Eval;

/// <summary>
/// A JSON-lines summarization set: SummEval's CNN/DailyMail sample ({id, article_tokenized, reference, references,
/// system_summaries: {M0: {summary}}}; M0 is Lead-3's published output) or the Multi-News sample ({documents,
/// summary}).
/// </summary>
public static class SummarizationDataset
{
    /// <param name="Id">The case's id.</param>
    /// <param name="Documents">The source documents (one for CNN/DailyMail).</param>
    /// <param name="Reference">The reference summary.</param>
    /// <param name="PublishedLead3">SummEval's Lead-3 output for the case, when the file carries it.</param>
    public sealed record Case(string Id, IReadOnlyList<string> Documents, string Reference, string? PublishedLead3);

    public static IReadOnlyList<Case> Load(string path)
    {
        var cases = new List<Case>();
        var number = 0;
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            number++;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var id = root.TryGetProperty("id", out var i) ? i.GetString() ?? "" : number.ToString(CultureInfo.InvariantCulture);
            if (root.TryGetProperty("article_tokenized", out var article))
            {
                var lead3 = root.TryGetProperty("system_summaries", out var systems) && systems.TryGetProperty("M0", out var m0) ? m0.GetProperty("summary").GetString() : null;
                cases.Add(new Case(id, [article.GetString() ?? ""], root.GetProperty("reference").GetString() ?? "", lead3));
            }
            else if (root.TryGetProperty("documents", out var documents))
            {
                var summary = root.GetProperty("summary").GetString() ?? "";
                cases.Add(new Case(id, documents.EnumerateArray().Select(d => d.GetString() ?? "").Where(d => d.Trim().Length > 0).ToList(), summary.TrimStart('–', ' '), null));
            }
            else
            {
                throw new InvalidDataException($"{path}: line {number} has neither article_tokenized nor documents");
            }
        }

        return cases;
    }
}
