using EksProvisioner.Functions.Events;
using EksProvisioner.Functions.Webhook;

namespace EksProvisioner.Functions.Stages;

public static partial class StageTable
{
    /// <summary>
    /// The functions that start executions rather than run in them. Their factories read the state
    /// machines from the environment; their template resources (events, variables, policies) are hand-written.
    /// </summary>
    private static Stage[] Triggers() =>
    [
        Stage.Trigger(WebhookHandler.StageName, h => WebhookHandler.FromEnvironment(h.Environment, h.Clients, h.Log)),
        Stage.Trigger(ReaperHandler.StageName, h => new ReaperHandler(h.Clients, h.Environment, h.Log)),
        Stage.Trigger(EventsHandler.StageName, h => EventsHandler.FromEnvironment(h.Environment, h.Clients, h.Log)),
    ];
}
