using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EksProvisioner.Workflow.Support;

/// <summary>
/// EKS clientRequestToken / EC2 ClientToken values. Deterministic from the environment, its creation
/// time and the resource, so a retried stage repeats the same create and AWS answers with the first
/// one; the creation time keeps a later environment of the same name from reusing an old token
/// (EC2 would hand back the deleted NAT gateway).
/// </summary>
public static class IdempotencyTokens
{
    /// <summary>A 40-character token (EC2 allows 64, EKS any string).</summary>
    public static string For(string environment, DateTimeOffset createdAt, string resource)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{environment}|{createdAt.ToUnixTimeSeconds()}|{resource}");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return "eksprov-" + Convert.ToHexStringLower(hash)[..32];
    }
}
