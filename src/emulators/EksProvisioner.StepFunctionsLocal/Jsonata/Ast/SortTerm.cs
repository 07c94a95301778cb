namespace EksProvisioner.StepFunctionsLocal.Jsonata.Ast;

/// <summary>One order-by term: <c>&lt;expr</c> ascending (the default) or <c>&gt;expr</c> descending.</summary>
internal sealed record SortTerm(Node Expression, bool Descending);
