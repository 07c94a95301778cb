namespace EksProvisioner.Cli.Tests.NewStage;

/// <summary>The new stage's input document.</summary>
internal sealed record GreetInput(string EnvironmentName);
