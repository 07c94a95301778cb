namespace EksProvisioner.Cli.Tests.NewStage;

/// <summary>Stands for a stage someone adds: a Workflow class with one RunAsync, reading and answering a document.</summary>
internal sealed class GreetEnvironment(TimeProvider timeProvider)
{
    public Task<Greeting> RunAsync(GreetInput input, CancellationToken cancellationToken = default) =>
        Task.FromResult(new Greeting($"hello {input.EnvironmentName}", timeProvider.GetUtcNow()));
}
