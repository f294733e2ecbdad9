using System.Text.Json;

namespace Newsdesk.Cli.Tests.Commands;

public class EvalClusteringCommandTests
{
    [Fact]
    public async Task Clustering_eval_scores_ours_and_the_baseline_on_a_jsonl_set()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "docs.jsonl");
        string Doc(string id, string story, string text) => JsonSerializer.Serialize(new { id, story, text });
        await File.WriteAllLinesAsync(path,
        [
            Doc("1", "ferry", "Ferry Aurora runs aground near Kestrel Island\nThe ferry Aurora ran aground near Kestrel Island with 212 passengers on board, the coast guard said."),
            Doc("2", "ferry", "Aurora passengers rescued at Kestrel Island\nLifeboats brought the 212 passengers of the ferry Aurora ashore after it ran aground off Kestrel Island."),
            Doc("3", "concert", "Lindmoor orchestra opens festival\nThe Lindmoor Symphony Orchestra opened the summer festival with a sold-out concert of new works."),
            Doc("4", "concert", "Festival opens in Lindmoor with orchestra concert\nThe summer festival in Lindmoor opened with a concert by the Lindmoor Symphony Orchestra."),
        ]);

        var (exit, output, error) = await CliRun.Invoke("eval", "clustering", "--data", path, "--json");

        Assert.True(exit == 0, error);
        using var result = JsonDocument.Parse(output.Trim().Split('\n')[^1]);
        var root = result.RootElement;
        Assert.Equal("clustering", root.GetProperty("suite").GetString());
        Assert.Equal(4, root.GetProperty("docs").GetInt32());
        Assert.Equal(2, root.GetProperty("stories").GetInt32());
        Assert.Equal(1.0, root.GetProperty("bcubed_f1").GetDouble(), 3);
        Assert.InRange(root.GetProperty("baseline").GetProperty("bcubed_f1").GetDouble(), 0, 1);
        Assert.Contains("newsdesk tuned here (t=", output, StringComparison.Ordinal);
        // The fixed configuration already separates the two stories, so tuning keeps its bar.
        Assert.Equal(0.15, root.GetProperty("tuned").GetProperty("threshold").GetDouble(), 3);
        Assert.Equal(1.0, root.GetProperty("tuned").GetProperty("bcubed_f1").GetDouble(), 3);
    }

    [Fact]
    public async Task A_set_with_descriptions_is_also_scored_from_headlines_and_a_set_naming_kinds_reports_them_kept_apart()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "events.jsonl");
        string Doc(string id, string story, string title, string description, string text, string date) =>
            JsonSerializer.Serialize(new { id, story, title, description, text, date });
        await File.WriteAllLinesAsync(path,
        [
            Doc("1", "quake/a", "Earthquake shakes Lindmoor", "A magnitude 5.1 earthquake shook Lindmoor.", "Windows broke in the old town of Lindmoor, mayor Olga Brandt said.", "2026-03-04T08:00:00Z"),
            Doc("2", "quake/a", "Lindmoor earthquake: windows broken", "Mayor Olga Brandt said windows broke in Lindmoor.", "The magnitude 5.1 quake was felt across the valley.", "2026-03-04T10:00:00Z"),
            Doc("3", "quake/b", "Earthquake hits Varna Islands", "A magnitude 6.3 earthquake struck the Varna Islands.", "Governor Tomas Keel said power was cut to 40,000 homes.", "2026-03-19T08:00:00Z"),
            Doc("4", "quake/b", "Varna Islands quake cuts power", "Power was cut to 40,000 homes on the Varna Islands.", "Governor Tomas Keel said rescue teams were at work.", "2026-03-19T11:00:00Z"),
        ]);

        var (exit, output, error) = await CliRun.Invoke("eval", "clustering", "--data", path, "--json");

        Assert.True(exit == 0, error);
        Assert.Contains("headlines only (title and description, no body):", output, StringComparison.Ordinal);
        Assert.Contains("same-kind events kept apart: newsdesk 1 of 1 pairs", output, StringComparison.Ordinal);
        using var result = JsonDocument.Parse(output.Trim().Split('\n')[^1]);
        var root = result.RootElement;
        Assert.Equal(1.0, root.GetProperty("headlines").GetProperty("bcubed_f1").GetDouble(), 3);
        Assert.InRange(root.GetProperty("headlines").GetProperty("baseline").GetProperty("bcubed_f1").GetDouble(), 0, 1);
        Assert.Equal(1, root.GetProperty("same_kind_pairs").GetProperty("pairs").GetInt32());
        Assert.Equal(1, root.GetProperty("same_kind_pairs").GetProperty("kept_apart").GetInt32());
    }

    [Fact]
    public async Task A_dated_set_is_also_placed_in_date_order_where_an_event_over_days_is_one_thread_of_stories()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "dated.jsonl");
        string Doc(string id, string story, string title, string text, string date) => JsonSerializer.Serialize(new { id, story, title, text, date });
        await File.WriteAllLinesAsync(path,
        [
            Doc("1", "quake", "Earthquake shakes Lindmoor", "A magnitude 5.1 earthquake shook Lindmoor; windows broke in the old town, mayor Olga Brandt said.", "2026-03-04T08:00:00Z"),
            Doc("2", "quake", "Lindmoor earthquake: windows broken", "Mayor Olga Brandt said windows broke across Lindmoor after the magnitude 5.1 quake.", "2026-03-04T10:00:00Z"),
            Doc("3", "quake", "Lindmoor opens repair fund after the quake", "Four days after the earthquake, mayor Olga Brandt opened a fund to repair the old town of Lindmoor.", "2026-03-08T09:00:00Z"),
            Doc("4", "fire", "Fire destroys warehouse in Varna harbour", "A fire destroyed a warehouse in Varna harbour overnight, governor Tomas Keel said.", "2026-03-06T07:00:00Z"),
            Doc("5", "fire", "Varna harbour warehouse burns down", "Governor Tomas Keel said nobody was hurt when the warehouse in Varna harbour burned down.", "2026-03-06T09:00:00Z"),
        ]);

        var (exit, output, error) = await CliRun.Invoke("eval", "clustering", "--data", path, "--json");

        Assert.True(exit == 0, error);
        Assert.Contains("in date order, as the product places articles", output, StringComparison.Ordinal);
        using var result = JsonDocument.Parse(output.Trim().Split('\n')[^1]);
        var dateOrder = result.RootElement.GetProperty("date_order");
        Assert.True(dateOrder.GetProperty("stories_bcubed_f1").GetDouble() < 1.0);
        Assert.Equal(1.0, dateOrder.GetProperty("threads_bcubed_f1").GetDouble(), 3);
    }

    [Fact]
    public async Task Clustering_eval_on_a_pair_file_reports_agreement_per_language_combination()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "pairs.csv");
        const string ferryEn = "Ferry Aurora runs aground near Kestrel Island  The ferry Aurora ran aground near Kestrel Island with 212 passengers on board, the coast guard said on Monday.";
        const string ferryEn2 = "Aurora passengers rescued at Kestrel Island  Lifeboats brought the 212 passengers of the ferry Aurora ashore after it ran aground off Kestrel Island.";
        const string ferryDe = "Fähre Aurora vor Kestrel Island auf Grund gelaufen  Die Fähre Aurora ist am Montag mit 212 Passagieren vor Kestrel Island auf Grund gelaufen, teilte die Küstenwache mit.";
        const string concertEn = "Lindmoor orchestra opens festival  The Lindmoor Symphony Orchestra opened the summer festival with a sold-out concert of new works.";
        await File.WriteAllLinesAsync(path,
        [
            "pair_id,lang1,lang2,text1,text2,Overall",
            $"1,en,en,\"{ferryEn}\",\"{ferryEn2}\",1.0",
            $"2,en,de,\"{ferryEn}\",\"{ferryDe}\",1.25",
            $"3,en,en,\"{ferryEn}\",\"{concertEn}\",4.0",
            $"4,de,en,\"{ferryDe}\",\"{concertEn}\",4.0",
            $"5,en,en,\"{ferryEn2}\",\"{concertEn}\",2.5",
            $"6,fr,en,\"Un texte\",\"{concertEn}\",1.0",
        ]);

        var (exit, output, error) = await CliRun.Invoke("eval", "clustering", "--data", path, "--json");

        Assert.True(exit == 0, error);
        using var result = JsonDocument.Parse(output.Trim().Split('\n')[^1]);
        var languages = result.RootElement.GetProperty("languages");
        Assert.Equal(["de-en", "en-en"], languages.EnumerateObject().Select(p => p.Name));
        var enEn = languages.GetProperty("en-en");
        Assert.Equal(1, enEn.GetProperty("same").GetInt32());
        Assert.Equal(1, enEn.GetProperty("different").GetInt32());
        Assert.Equal(1.0, enEn.GetProperty("agreement").GetDouble(), 3);
        Assert.Equal(1.0, languages.GetProperty("de-en").GetProperty("agreement").GetDouble(), 3);
        Assert.Contains("best bar (chosen on this file)", output, StringComparison.Ordinal);
        Assert.Equal(1.0, enEn.GetProperty("best_bar").GetProperty("factor").GetDouble(), 3);
        Assert.Equal(1.0, enEn.GetProperty("best_bar").GetProperty("agreement").GetDouble(), 3);
    }
}
