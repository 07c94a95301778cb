using EksProvisioner.Functions.Runtime;

namespace EksProvisioner.Functions.Stages;

/// <summary>Puts table lines into the runtime's dispatch by name.</summary>
public static class StageRegistration
{
    /// <summary>Adds every stage of <paramref name="stages"/>; each factory runs only when its stage is chosen.</summary>
    public static LambdaStages AddStages(this LambdaStages registry, IEnumerable<Stage> stages, StageHost host)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(stages);
        ArgumentNullException.ThrowIfNull(host);
        foreach (var stage in stages)
        {
            registry.Add(stage.Name, () => stage.Create(host));
        }

        return registry;
    }
}
