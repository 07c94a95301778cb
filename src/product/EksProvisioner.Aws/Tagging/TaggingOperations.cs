using EksProvisioner.Aws.Protocol;

namespace EksProvisioner.Aws.Tagging;

/// <summary>The Resource Groups Tagging operations, as the botocore model resourcegroupstaggingapi 2017-01-26 describes them: <see cref="ITaggingClient"/> sends with this table and the simulator routes with it.</summary>
public static class TaggingOperations
{
    /// <summary>The model's apiVersion.</summary>
    public const string ApiVersion = "2017-01-26";

    /// <summary>The model's targetPrefix: X-Amz-Target is this, a dot, and the operation name.</summary>
    public const string TargetPrefix = "ResourceGroupsTaggingAPI_20170126";

    /// <summary>The model's jsonVersion (Content-Type application/x-amz-json-1.1).</summary>
    public const string JsonVersion = "1.1";

    // Declared first: the operations below add themselves to it as the class initializes.
    public static AwsOperationTable Table { get; } = new(AwsServiceIds.ResourceGroupsTagging, AwsProtocol.Json);

    public static AwsOperation GetResources { get; } = Table.Add<GetResourcesRequest, GetResourcesResponse>();

    /// <summary>Every operation above, for conformance tests and simulators.</summary>
    public static IReadOnlyList<AwsOperation> All => Table.All;
}
