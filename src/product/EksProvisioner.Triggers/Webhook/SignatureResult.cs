namespace EksProvisioner.Triggers.Webhook;

/// <summary>The outcome of a signature check, and for a valid one the MAC it presented (what replays are recognised by).</summary>
internal sealed record SignatureResult(SignatureCheck Check, byte[]? Mac = null);
