using System.Text.RegularExpressions;
using EksProvisioner.Core.Contract;
using EksProvisioner.Core.Contract.Rules;

namespace EksProvisioner.Core.Access;

/// <summary>
/// Who becomes a cluster admin: the principals a request lists, its owner when that is an IAM principal,
/// and the requester a trigger adds (the CLI's caller, the webhook's mapped ticket user).
/// </summary>
public static partial class AccessPrincipals
{
    /// <summary>
    /// The principal an access entry takes for <paramref name="arn"/>: an IAM role or user ARN as it is, an
    /// STS assumed-role session ARN as its role's ARN (EKS refuses session ARNs), anything else null.
    /// </summary>
    public static string? ForAccessEntry(string? arn)
    {
        if (arn is null)
        {
            return null;
        }

        if (AwsSyntax.IamPrincipalArn().IsMatch(arn))
        {
            return arn;
        }

        // A session ARN drops the role's path, so the role ARN is rebuilt without one, as `aws eks` does.
        var session = AssumedRole().Match(arn);
        return session.Success ? $"arn:{session.Groups["partition"].Value}:iam::{session.Groups["account"].Value}:role/{session.Groups["role"].Value}" : null;
    }

    /// <summary>The request with <paramref name="principalArn"/> (mapped by <see cref="ForAccessEntry"/>) added as admin once; unchanged when it is no IAM principal.</summary>
    public static EnvironmentRequest WithAdmin(EnvironmentRequest request, string? principalArn)
    {
        ArgumentNullException.ThrowIfNull(request);
        var principal = ForAccessEntry(principalArn);
        return principal is null || request.Access.AdminPrincipalArns.Contains(principal, StringComparer.Ordinal)
            ? request
            : request with { Access = new AccessSpec([.. request.Access.AdminPrincipalArns, principal]) };
    }

    [GeneratedRegex("^arn:(?<partition>aws(-cn|-us-gov)?):sts::(?<account>[0-9]{12}):assumed-role/(?<role>[A-Za-z0-9+=,.@_-]{1,64})/[A-Za-z0-9+=,.@_-]{2,64}\\z")]
    private static partial Regex AssumedRole();
}
