namespace EksProvisioner.Functions.Tests.NewStage;

/// <summary>The new stage's input document.</summary>
internal sealed record GreetInput(string EnvironmentName);
