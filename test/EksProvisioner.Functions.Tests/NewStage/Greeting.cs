namespace EksProvisioner.Functions.Tests.NewStage;

/// <summary>The new stage's output document.</summary>
internal sealed record Greeting(string Text, DateTimeOffset At);
