using System.Diagnostics.CodeAnalysis;

namespace EksProvisioner.Functions.Runtime;

/// <summary>
/// The stages this assembly can run, by name. One deployable artifact serves every stage; the
/// function's <c>EKSPROV_STAGE</c> variable picks one, and its factory runs during Lambda's init phase
/// (so a failure there is reported as an init error, and SnapStart snapshots the constructed handler).
/// </summary>
public sealed class LambdaStages
{
    private readonly Dictionary<string, Func<ILambdaHandler>> _factories = new(StringComparer.Ordinal);

    /// <summary>The registered stage names, sorted.</summary>
    public IReadOnlyList<string> Names => [.. _factories.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Registers a stage; names are case-sensitive and unique.</summary>
    public LambdaStages Add(string name, Func<ILambdaHandler> factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(factory);
        if (!_factories.TryAdd(name, factory))
        {
            throw new ArgumentException($"Stage '{name}' is already registered.", nameof(name));
        }

        return this;
    }

    /// <summary>The factory of <paramref name="name"/>, when registered.</summary>
    public bool TryGet(string name, [MaybeNullWhen(false)] out Func<ILambdaHandler> factory) =>
        _factories.TryGetValue(name, out factory);
}
