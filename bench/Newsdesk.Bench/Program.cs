using BenchmarkDotNet.Running;
using Newsdesk.Bench;

// `load`: the reader under concurrent clients (ReaderLoad); `feeds-compare PATH`: feed parsers on the conformance
// suite (FeedLibraryComparison); `extract-compare PATH`: extractors on an extraction set
// (ExtractorComparison); `cluster-scale PATH...`: story clustering of a 100,000-article stream (ClusterScale);
// `brief-scale PATH`: 1,000 three-source briefs (BriefScale); `brief-size PATH`: one brief at 5, 50 and 500 reports (BriefSize); `archive-runs PATH...`: what a run costs over a growing
// archive (ArchiveRuns); `ingest-workers --postgres CONN`: ingest throughput on SQLite and on PostgreSQL with one and two
// workers (IngestWorkers); anything else: the BenchmarkDotNet suites.
if (args.Length > 0 && args[0] == "load")
{
    return await ReaderLoad.RunAsync(args[1..]);
}

if (args.Length > 1 && args[0] == "extract-compare")
{
    return ExtractorComparison.Run(args[1]);
}

if (args.Length > 1 && args[0] == "brief-scale")
{
    return BriefScale.Run(args[1..]);
}

if (args.Length > 1 && args[0] == "brief-size")
{
    return BriefSize.Run(args[1..]);
}

if (args.Length > 1 && args[0] == "cluster-scale")
{
    return ClusterScale.Run(args[1..]);
}

if (args.Length > 1 && args[0] == "analysis-reads")
{
    return AnalysisReads.Run(args[1..]);
}

if (args.Length > 1 && args[0] == "archive-runs")
{
    return ArchiveRuns.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "ingest-workers")
{
    return await IngestWorkers.RunAsync(args[1..]);
}

if (args.Length > 1 && args[0] == "feeds-compare")
{
    return FeedLibraryComparison.Run(args[1]);
}

BenchmarkSwitcher.FromAssembly(typeof(PipelineBenchmarks).Assembly).Run(args);
return 0;
