using System.Text.Json.Nodes;
using EksProvisioner.Core.Contract.Rules;

namespace EksProvisioner.Core.Contract.Reading;

/// <summary>Reads <c>access</c>: the IAM principals that become cluster admins through access entries.</summary>
internal static class AccessReader
{
    public static AccessSpec Read(JsonNode? node, string path, ProblemList problems)
    {
        var f = JsonFields.OpenOptional(node, path, problems, ["adminPrincipalArns"]);
        var arns = f.Strings("adminPrincipalArns", "IAM role or user ARNs") ?? [];
        for (var i = 0; i < arns.Count; i++)
        {
            var at = JsonPath.Index(f.At("adminPrincipalArns"), i);
            if (!AwsSyntax.IamPrincipalArn().IsMatch(arns[i]))
            {
                problems.Add(at, $"'{arns[i]}' is not an IAM role or user ARN; use arn:aws:iam::123456789012:role/Name or arn:aws:iam::123456789012:user/Name");
            }
            else if (arns.Take(i).Contains(arns[i], StringComparer.Ordinal))
            {
                problems.Add(at, $"'{arns[i]}' is listed twice; list each principal once");
            }
        }

        return new AccessSpec(arns);
    }
}
