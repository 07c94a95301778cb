namespace EksProvisioner.Core.Teardown;

/// <summary>One resource a teardown could not delete, and why.</summary>
/// <param name="Resource">As teardown names it: <c>type:id</c>, sometimes followed by its state, e.g. <c>subnet:subnet-0abc</c>.</param>
/// <param name="Why">What AWS answered the last delete (e.g. <c>DependencyViolation: ...</c>), or "still exists" when nothing refused it.</param>
public sealed record LeftResource(string Resource, string Why);
