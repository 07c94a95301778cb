using System.Text.Json;
using EksProvisioner.Testing;

namespace EksProvisioner.Functions.Tests.Deployment;

/// <summary>
/// The API operation names of AWS services, read from the botocore service models that ship with the
/// aws CLI; IAM action names of the services the functions call are these operation names.
/// </summary>
internal static class BotocoreOperations
{
    /// <summary>IAM service prefix to botocore service name.</summary>
    public static IReadOnlyDictionary<string, string> Services { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ec2"] = "ec2",
        ["elasticloadbalancing"] = "elbv2",
        ["eks"] = "eks",
        ["iam"] = "iam",
        ["kms"] = "kms",
        ["sqs"] = "sqs",
        ["ssm"] = "ssm",
        ["states"] = "stepfunctions",
        ["tag"] = "resourcegroupstaggingapi",
    };

    /// <summary>Operation names by IAM service prefix; skips the test (fails on CI) without botocore.</summary>
    public static async Task<IReadOnlyDictionary<string, HashSet<string>>> LoadAsync(CancellationToken cancellationToken)
    {
        var python = ExternalTools.PythonWithBotocore();
        var script = "import json,botocore.session\ns=botocore.session.get_session()\n"
            + "print(json.dumps({n: s.get_service_model(n).operation_names for n in " + JsonSerializer.Serialize(Services.Values) + "}))";
        ExternalProcess.Result? result = null;
        if (python is not null)
        {
            result = await ExternalProcess.RunAsync(python, ["-c", script], RepositoryFiles.Root, cancellationToken);
        }

        if (result is not { ExitCode: 0 })
        {
            var reason = "python3 with botocore is not installed (" + (result?.Output ?? "no python3") + ")";
            if (ExternalTools.Required)
            {
                throw new InvalidOperationException(reason + "; it is required on CI.");
            }

            Assert.Skip(reason);
        }

        var byService = JsonSerializer.Deserialize<Dictionary<string, string[]>>(result.StandardOutput)!;
        return Services.ToDictionary(p => p.Key, p => byService[p.Value].ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }
}
