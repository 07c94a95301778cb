namespace EksProvisioner.Triggers.Events;

/// <summary>The EventBridge detail-types the events function handles; any other is rejected.</summary>
public static class EventDetailTypes
{
    /// <summary>Detail: an environment request (optionally with a <c>ticket</c>); starts provisioning.</summary>
    public const string EnvironmentRequested = "EnvironmentRequested";

    /// <summary>Detail: <c>{"environmentName", "region"?}</c>; starts the teardown.</summary>
    public const string EnvironmentTeardownRequested = "EnvironmentTeardownRequested";

    /// <summary>Both, in the order messages name them.</summary>
    public static IReadOnlyList<string> All { get; } = [EnvironmentRequested, EnvironmentTeardownRequested];
}
