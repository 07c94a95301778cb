using EksProvisioner.Cli;

// The composition root, the only place that reads the wall clock and real randomness; everything below
// gets them from here (the CLI is under BannedSymbols.txt like the rest of the product).
#pragma warning disable RS0030, CA5394 // Random.Shared: retry jitter and engine jitter only, never security.
return await CliApp.RunAsync(args, Console.Out, Console.Error, TimeProvider.System, Random.Shared.NextDouble, Environment.GetEnvironmentVariable, CancellationToken.None);
#pragma warning restore RS0030, CA5394
