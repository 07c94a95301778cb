namespace EksProvisioner.Core.Contract;

/// <summary>A Kubernetes taint on a node group's nodes.</summary>
/// <param name="Value">Taint value; may be empty.</param>
public sealed record TaintSpec(string Key, string Value, TaintEffect Effect);
