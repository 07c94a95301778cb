namespace EksProvisioner.Workflow.Documents;

/// <summary>One admin access entry and the access policy associated with it.</summary>
/// <param name="AccessEntryArn">Null when the entry existed already (EKS has no describe call in our client to read it back).</param>
public sealed record AccessEntryInfo(string PrincipalArn, string? AccessEntryArn, string PolicyArn);
