using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(SiteGen.Benchmarks.StageBenchmarks).Assembly).Run(args);
