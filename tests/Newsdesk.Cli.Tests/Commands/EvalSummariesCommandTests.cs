using System.Text.Json;

namespace Newsdesk.Cli.Tests.Commands;

public class EvalSummariesCommandTests
{
    [Fact]
    public async Task Summaries_eval_scores_ours_lead_3_and_the_published_lead_3_output_the_same_way()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "cnndm.jsonl");
        const string article = "The ferry Aurora ran aground near Kestrel Island on Monday with 212 passengers on board. "
            + "Lifeboats brought all passengers ashore within three hours, the coast guard said. "
            + "Harbour master Ines Moreau praised the crew for keeping everyone calm during the rescue. "
            + "The operator Bluewave Lines will tow the ferry to Port Selby for an inspection of its hull. "
            + "An investigation into the cause of the grounding starts on Tuesday, the operator said.";
        const string lead3 = "The ferry Aurora ran aground near Kestrel Island on Monday with 212 passengers on board. "
            + "Lifeboats brought all passengers ashore within three hours, the coast guard said. "
            + "Harbour master Ines Moreau praised the crew for keeping everyone calm during the rescue.";
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(new
        {
            id = "case-1",
            article_tokenized = article,
            reference = "Ferry Aurora ran aground near Kestrel Island with 212 passengers. All were rescued by lifeboats.",
            system_summaries = new { M0 = new { model = "Lead-3", summary = lead3.ToLowerInvariant() } },
        }) + "\n");

        var (exit, output, error) = await CliRun.Invoke("eval", "summaries", "--data", path, "--json");

        Assert.True(exit == 0, error);
        using var result = JsonDocument.Parse(output.Trim().Split('\n')[^1]);
        var root = result.RootElement;
        Assert.Equal("summaries", root.GetProperty("suite").GetString());
        var baseline = root.GetProperty("baseline");
        Assert.Equal("Lead-3", baseline.GetProperty("name").GetString());
        // The published output is Lead-3 lower-cased: the scorer lower-cases, so both score alike.
        Assert.Equal(baseline.GetProperty("rouge1").GetDouble(), root.GetProperty("published_lead3").GetProperty("rouge1").GetDouble(), 4);
        Assert.InRange(root.GetProperty("rouge1").GetDouble(), 0.2, 1);
    }
}
