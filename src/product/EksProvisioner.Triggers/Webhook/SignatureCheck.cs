namespace EksProvisioner.Triggers.Webhook;

/// <summary>The outcome of checking a request's signature.</summary>
internal enum SignatureCheck
{
    Valid,

    /// <summary>No timestamp or no signature header.</summary>
    Missing,

    /// <summary>Malformed headers, or a signature that matches no current secret.</summary>
    Invalid,

    /// <summary>The timestamp is outside the replay window.</summary>
    Expired,
}
