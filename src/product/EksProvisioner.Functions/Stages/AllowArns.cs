namespace EksProvisioner.Functions.Stages;

/// <summary>
/// The resource ARN patterns of the stage policies, as Fn::Sub templates. Every regional ARN names the
/// stack's own region, partition and account; every EKS and IAM pattern names the stack's prefix (the
/// NamePrefix parameter), the first word of every name the stages make, so a function cannot touch a
/// cluster or role of another stack or of anyone else. Formats: IAM Service Authorization Reference.
/// </summary>
internal static class AllowArns
{
    private const string Prefix = "${" + Allow.PrefixParameter + "}-*";
    private const string Eks = "arn:${AWS::Partition}:eks:${AWS::Region}:${AWS::AccountId}:";
    private const string Ec2 = "arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:";
    private const string Elb = "arn:${AWS::Partition}:elasticloadbalancing:${AWS::Region}:${AWS::AccountId}:";
    private const string Iam = "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/";

    /// <summary>
    /// Our clusters and what hangs off them: cluster/NAME, nodegroup|fargateprofile|addon/CLUSTER/NAME/UUID,
    /// access-entry/CLUSTER/TYPE/ACCOUNT/NAME/UUID.
    /// </summary>
    public static IReadOnlyList<string> EksResources { get; } =
    [
        $"{Eks}cluster/{Prefix}",
        $"{Eks}nodegroup/{Prefix}/*/*",
        $"{Eks}fargateprofile/{Prefix}/*/*",
        $"{Eks}addon/{Prefix}/*/*",
        $"{Eks}access-entry/{Prefix}/*",
    ];

    /// <summary>Application and network load balancers of the stack's account and region.</summary>
    public const string LoadBalancers = Elb + "loadbalancer/*";

    /// <summary>Target groups of the stack's account and region.</summary>
    public const string TargetGroups = Elb + "targetgroup/*";

    /// <summary>Every EC2 resource of the stack's account and region.</summary>
    public const string Ec2Any = Ec2 + "*";

    /// <summary>EC2 resources of one type (vpc, subnet, route-table...).</summary>
    public static string Ec2Of(string resourceType) => $"{Ec2}{resourceType}/*";

    /// <summary>Our roles of one kind: <c>role/&lt;prefix&gt;-*-&lt;kind&gt;</c>.</summary>
    public static string Role(string kind) => $"{Iam}{Prefix}-{kind}";

    /// <summary>One service's service-linked roles, which AWS names, not us.</summary>
    public static string ServiceLinkedRole(string service) => $"{Iam}aws-service-role/{service}/*";
}
