using System.Text.Json.Nodes;
using System.Xml.Linq;
using EksProvisioner.AwsSimulator.Contracts;
using EksProvisioner.AwsSimulator.Hosting;
using EksProvisioner.AwsSimulator.Wire;
using static EksProvisioner.AwsSimulator.Wire.QueryXml;

namespace EksProvisioner.AwsSimulator.Sts;

/// <summary>Simulated STS (Query, 2011-06-15): GetCallerIdentity for the account's one caller.</summary>
internal sealed class StsService(SimulatorServiceContext context) : ISimulatedService
{
    private static readonly XNamespace Ns = "https://sts.amazonaws.com/doc/2011-06-15/";

    public string SigningName => "sts";

    public SimulatedResponse Handle(SimulatedRequest request)
    {
        var action = request.Form.GetValueOrDefault("Action") ?? string.Empty;
        if (action != "GetCallerIdentity")
        {
            throw new ServiceError("InvalidAction", 400, $"Could not find operation {action} for version 2011-06-15");
        }

        // The caller is the access key's IAM user, as for long-term credentials.
        var accessKey = CredentialScope.FromAuthorization(request.Headers.GetValueOrDefault("Authorization"))?.AccessKeyId ?? "testing";
        return Ok(
            Ns,
            action,
            request.RequestId,
            E("Arn", SimulatedCallers.UserArn(context.AccountId, accessKey)),
            E("UserId", "AIDA" + RequestIds.Hex("user/" + accessKey, 17)),
            E("Account", context.AccountId));
    }

    public IEnumerable<SimulatedResource> Resources() => [];

    public JsonNode SaveState() => new JsonObject();

    public void LoadState(JsonNode state)
    {
    }

    public void Reset()
    {
    }
}
