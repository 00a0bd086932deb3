// BenchmarkDotNet entry point. Each benchmark runs in its own generated process, built
// first; on this shared, loaded machine that build can exceed the default 2-minute timeout.
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

var config = ManualConfig.Create(DefaultConfig.Instance);
config.BuildTimeout = TimeSpan.FromMinutes(20);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
