using BenchmarkDotNet.Running;
using Newsdesk.Bench;

// `load`: the reader under concurrent clients (see ReaderLoad); anything else: the BenchmarkDotNet suites.
if (args.Length > 0 && args[0] == "load")
{
    return await ReaderLoad.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(PipelineBenchmarks).Assembly).Run(args);
return 0;
