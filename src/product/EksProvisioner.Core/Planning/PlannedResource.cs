using System.Text.Json.Serialization;

namespace EksProvisioner.Core.Planning;

/// <summary>
/// One AWS resource the environment will have. Routes, route table associations and the internet
/// gateway attachment cannot carry tags, so they are part of their route table or gateway here
/// (the stage that makes the table or gateway makes them too, and teardown removes them with it).
/// </summary>
/// <param name="Type">CloudFormation type name, one of <see cref="ResourceTypes"/>.</param>
/// <param name="Name">The resource's name (EKS name, IAM role name, or EC2 Name tag).</param>
/// <param name="DependsOn">References (<see cref="Ref"/>) of the resources that must exist first.</param>
/// <param name="Tags">Every tag it carries: ownership, user and resource-specific tags.</param>
public sealed record PlannedResource(string Type, string Name, IReadOnlyList<string> DependsOn, IReadOnlyDictionary<string, string> Tags)
{
    /// <summary>
    /// Unique reference within a plan, <c>Type/Name</c>: names alone can repeat across types (a node
    /// group and a Fargate profile may share one).
    /// </summary>
    [JsonIgnore]
    public string Ref => Type + "/" + Name;
}
