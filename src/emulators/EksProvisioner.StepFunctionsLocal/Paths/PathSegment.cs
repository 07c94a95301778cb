namespace EksProvisioner.StepFunctionsLocal.Paths;

/// <summary>One step of a JSONPath.</summary>
internal abstract record PathSegment
{
    /// <summary>Whether the step selects at most one node (a reference-path step).</summary>
    public virtual bool IsDefinite => false;
}

internal sealed record NameSegment(string Name) : PathSegment
{
    public override bool IsDefinite => true;
}

internal sealed record IndexSegment(int Index) : PathSegment
{
    public override bool IsDefinite => true;
}

internal sealed record WildcardSegment : PathSegment;

internal sealed record SliceSegment(int? Start, int? End, int Step) : PathSegment;

internal sealed record UnionSegment(IReadOnlyList<PathSegment> Members) : PathSegment;

/// <summary><c>..x</c>: <see cref="Inner"/> applied to the node and every descendant.</summary>
internal sealed record DeepScanSegment(PathSegment Inner) : PathSegment;

internal sealed record FilterSegment(FilterExpression Filter) : PathSegment;
