namespace EksProvisioner.Triggers.Webhook;

/// <summary>What a webhook call asks for; the front end's routes map to these.</summary>
public enum WebhookAction
{
    /// <summary>Start provisioning from the body (a request with a ticket, or a Jira issue webhook).</summary>
    Provision,

    /// <summary>Answer the status of the named environment.</summary>
    Describe,

    /// <summary>Start the teardown of the named environment.</summary>
    Teardown,
}
