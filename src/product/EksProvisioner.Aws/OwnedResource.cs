namespace EksProvisioner.Aws;

/// <summary>An existing resource and its tags, as a describe call returned them, for <see cref="AwsIdioms.CreateOrAdoptAsync{T}"/>.</summary>
/// <param name="Resource">What the create call would have returned.</param>
/// <param name="Tags">The resource's tags (null or empty when it has none).</param>
public sealed record OwnedResource<T>(T Resource, IReadOnlyDictionary<string, string>? Tags);
