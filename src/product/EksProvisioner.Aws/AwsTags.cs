namespace EksProvisioner.Aws;

/// <summary>Tag keys the product writes on every resource it creates.</summary>
public static class AwsTags
{
    /// <summary>The environment that owns a resource. Teardown finds resources by it; adoption checks it.</summary>
    public const string Environment = "eksprov:environment";
}
