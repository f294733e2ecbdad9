using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Newsdesk.Bench.PipelineBenchmarks).Assembly).Run(args);
