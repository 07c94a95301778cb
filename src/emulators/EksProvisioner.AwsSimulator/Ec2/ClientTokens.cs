using EksProvisioner.AwsSimulator.Ec2.Model;

namespace EksProvisioner.AwsSimulator.Ec2;

/// <summary>
/// EC2 idempotency (https://docs.aws.amazon.com/ec2/latest/devguide/ec2-api-idempotency.html): a
/// repeated ClientToken with the same parameters returns the first call's resource; with different
/// parameters it answers IdempotentParameterMismatch. Tokens are scoped to account, region and action.
/// </summary>
internal static class ClientTokens
{
    /// <summary>The id of the resource an earlier call with this token made, or null for a fresh token.</summary>
    public static string? Earlier(Ec2Store store, Ec2Call call, string fingerprint)
    {
        if (call.Form.String("ClientToken") is not { Length: > 0 } token)
        {
            return null;
        }

        if (token.Length > 64)
        {
            throw Ec2Errors.InvalidParameterValue("The client token must be at most 64 ASCII characters.");
        }

        if (!store.State.ClientTokens.TryGetValue(Key(call, token), out var earlier))
        {
            return null;
        }

        return earlier.Fingerprint == fingerprint ? earlier.ResourceId : throw Ec2Errors.IdempotentParameterMismatch(token);
    }

    public static void Remember(Ec2Store store, Ec2Call call, string fingerprint, string resourceId)
    {
        if (call.Form.String("ClientToken") is { Length: > 0 } token)
        {
            store.State.ClientTokens[Key(call, token)] = new ClientTokenRecord(call.Action, fingerprint, resourceId);
        }
    }

    private static string Key(Ec2Call call, string token) => $"{call.AccountId}|{call.Region}|{call.Action}|{token}";
}
