using EksProvisioner.Aws.Protocol;

namespace EksProvisioner.Aws.Tagging;

/// <summary>The Resource Groups Tagging operations we call, as the botocore model resourcegroupstaggingapi 2017-01-26 describes them.</summary>
public static class TaggingOperations
{
    /// <summary>The model's apiVersion.</summary>
    public const string ApiVersion = "2017-01-26";

    /// <summary>The model's targetPrefix: X-Amz-Target is this, a dot, and the operation name.</summary>
    public const string TargetPrefix = "ResourceGroupsTaggingAPI_20170126";

    /// <summary>The model's jsonVersion (Content-Type application/x-amz-json-1.1).</summary>
    public const string JsonVersion = "1.1";

    public static AwsOperation GetResources { get; } = new(AwsServiceIds.ResourceGroupsTagging, "GetResources", "POST", "/", AwsProtocol.Json, typeof(GetResourcesRequest), typeof(GetResourcesResponse));

    /// <summary>Every operation above, for conformance tests and simulators.</summary>
    public static IReadOnlyList<AwsOperation> All { get; } = [GetResources];
}
