namespace EksProvisioner.StepFunctionsLocal.Jsonata.Ast;

/// <summary>An object constructor's key/value expressions, standing alone or as a group-by after a path.</summary>
internal sealed record GroupSpec(IReadOnlyList<KeyValuePair<Node, Node>> Pairs, int Position);
