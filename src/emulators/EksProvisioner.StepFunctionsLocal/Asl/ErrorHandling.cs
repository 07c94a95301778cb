namespace EksProvisioner.StepFunctionsLocal.Asl;

/// <summary>The Retry and Catch fields shared by Task, Parallel and Map.</summary>
public sealed record ErrorHandling(IReadOnlyList<Retrier> Retry, IReadOnlyList<Catcher> Catch)
{
    public static ErrorHandling None { get; } = new([], []);
}
