using EksProvisioner.Aws.Eks;
using EksProvisioner.Aws.Iam;
using EksProvisioner.Aws.StepFunctions;
using EksProvisioner.Aws.Tagging;
using EksProvisioner.AwsSimulator.Contracts;

namespace EksProvisioner.AwsSimulator.Hosting;

/// <summary>
/// Which service a request is for. Signed requests name it in their credential scope, which is how
/// AWS front ends route; unsigned ones (curl, tests) fall back to X-Amz-Target, the Host name, the
/// Query API version and finally the path.
/// </summary>
internal static class ServiceResolver
{
    public static (string Service, string Region) Resolve(
        IReadOnlyDictionary<string, string> headers,
        IReadOnlyDictionary<string, string> form,
        string path)
    {
        var scope = CredentialScope.FromAuthorization(headers.GetValueOrDefault("Authorization"))
            ?? CredentialScope.FromAuthorization("Credential=" + form.GetValueOrDefault("X-Amz-Credential"));
        if (scope is not null)
        {
            return (scope.Service, scope.Region);
        }

        const string defaultRegion = "us-east-1";
        var target = headers.GetValueOrDefault("X-Amz-Target");
        if (target is not null && target.StartsWith(StepFunctionsOperations.TargetPrefix + ".", StringComparison.Ordinal))
        {
            return ("states", defaultRegion);
        }

        if (target is not null && target.StartsWith(TaggingOperations.TargetPrefix + ".", StringComparison.Ordinal))
        {
            return ("tagging", defaultRegion);
        }

        var host = headers.GetValueOrDefault("Host") ?? string.Empty;
        var labels = host.Split('.');
        if (labels.Length >= 3 && host.EndsWith(".amazonaws.com", StringComparison.OrdinalIgnoreCase))
        {
            return labels.Length >= 4 ? (labels[0], labels[1]) : (labels[0], defaultRegion);
        }

        if (form.TryGetValue("Version", out var version))
        {
            var service = version switch
            {
                IamOperations.ApiVersion => "iam",
                "2011-06-15" => "sts",
                Aws.ElasticLoadBalancing.Elbv2Operations.ApiVersion => "elasticloadbalancing",
                _ => "ec2",
            };
            return (service, defaultRegion);
        }

        if (path.StartsWith("/clusters", StringComparison.Ordinal) || path.StartsWith("/tags/", StringComparison.Ordinal))
        {
            return ("eks", defaultRegion);
        }

        return ("ec2", defaultRegion);
    }

    /// <summary>The API operation, for fault rules and for deciding whether a call changes state.</summary>
    public static string Operation(SimulatedRequest request)
    {
        if (request.Form.TryGetValue("Action", out var action))
        {
            return action;
        }

        if (request.Headers.TryGetValue("X-Amz-Target", out var target))
        {
            var dot = target.LastIndexOf('.');
            return dot < 0 ? target : target[(dot + 1)..];
        }

        if (request.Service == "eks")
        {
            return EksOperations.Table.Match(request.Method, request.Path)?.Operation.Name ?? "Unknown";
        }

        return request.Method + " " + request.Path;
    }

    /// <summary>Reads never change state; everything else may.</summary>
    public static bool Mutates(string operation) =>
        !(operation.StartsWith("Describe", StringComparison.Ordinal)
          || operation.StartsWith("List", StringComparison.Ordinal)
          || operation.StartsWith("Get", StringComparison.Ordinal));
}
