using System.CommandLine;
using Newsdesk.Cli.Eval;

namespace Newsdesk.Cli.Commands;

/// <summary>`newsdesk eval`: measure a stage against public data; --json ends with one JSON object of the figures.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var suite = new Argument<string>("suite") { Description = "extraction, summaries, keyphrases, language, clustering, feeds, or briefs (the briefs stored in a data directory)." };
        suite.AcceptOnlyFromAmong("extraction", "summaries", "keyphrases", "language", "clustering", "feeds", "briefs");
        var data = new Option<string>("--data") { Description = "Path to the evaluation data set.", Required = true };
        var json = new Option<bool>("--json") { Description = "Print the figures as one JSON object on the last line." };
        var writeBriefs = new Option<string?>("--write-briefs") { Description = "summaries: also write each case's full brief as Markdown into this folder, to read them." };
        var writeMisses = new Option<string?>("--write-misses") { Description = "extraction on a snippet set: also write, per page, the snippets missed and leaked as JSON lines into this file." };
        var command = new Command("eval", "Measure quality and speed against an evaluation data set.") { suite, data, json, writeBriefs, writeMisses };
        command.SetAction((parse, ct) => CommandRunner.Guard(() =>
        {
            var path = parse.GetRequiredValue(data);
            if (!Directory.Exists(path) && !File.Exists(path))
            {
                throw new FileNotFoundException($"evaluation data not found: {path}");
            }

            return Task.FromResult(parse.GetValue(suite) switch
            {
                "extraction" => ExtractionEval.Run(path, parse.GetValue(json), parse.GetValue(writeMisses)),
                // The SemEval pair files (.csv) check the same-story decision; JSON-lines sets are clustered whole.
                "clustering" when path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) => ClusteringPairsEval.Run(path, parse.GetValue(json)),
                "clustering" => ClusteringEval.Run(path, parse.GetValue(json)),
                "feeds" => FeedsEval.Run(path, parse.GetValue(json)),
                "keyphrases" => KeyphraseEval.Run(path, parse.GetValue(json)),
                "summaries" => SummariesEval.Run(path, parse.GetValue(json), parse.GetValue(writeBriefs)),
                "language" => LanguageEval.Run(path, parse.GetValue(json)),
                "briefs" => BriefsEval.Run(path, parse.GetValue(json)),
                var other => throw new UsageException($"eval {other} is not implemented in this version yet (extraction, clustering, feeds, keyphrases, language and summaries are)"),
            });
        }));
        return command;
    }
}
