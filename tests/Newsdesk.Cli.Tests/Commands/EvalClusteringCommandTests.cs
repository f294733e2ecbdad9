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
    }
}
