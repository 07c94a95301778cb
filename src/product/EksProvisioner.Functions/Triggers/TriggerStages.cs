using EksProvisioner.Functions.Events;
using EksProvisioner.Functions.Runtime;
using EksProvisioner.Functions.Stages;
using EksProvisioner.Functions.Webhook;

namespace EksProvisioner.Functions.Triggers;

/// <summary>Registers the functions that start executions rather than run in them: the webhook, the reaper and the events function.</summary>
public static class TriggerStages
{
    /// <summary>Adds them; <paramref name="clients"/> is called by the one stage a function runs.</summary>
    public static LambdaStages AddTriggerStages(this LambdaStages stages, Func<StageClients> clients, Func<string, string?> environment, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(stages);
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(log);
        return stages
            .Add(WebhookHandler.StageName, () => WebhookHandler.FromEnvironment(environment, clients(), log))
            .Add(ReaperHandler.StageName, () => new ReaperHandler(clients(), environment, log))
            .Add(EventsHandler.StageName, () => EventsHandler.FromEnvironment(environment, clients(), log));
    }
}
