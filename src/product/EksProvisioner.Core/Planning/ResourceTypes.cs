namespace EksProvisioner.Core.Planning;

/// <summary>The resource types a plan contains, named as CloudFormation names them.</summary>
public static class ResourceTypes
{
    public const string IamRole = "AWS::IAM::Role";
    public const string Vpc = "AWS::EC2::VPC";
    public const string InternetGateway = "AWS::EC2::InternetGateway";
    public const string Subnet = "AWS::EC2::Subnet";
    public const string RouteTable = "AWS::EC2::RouteTable";
    public const string ElasticIp = "AWS::EC2::EIP";
    public const string NatGateway = "AWS::EC2::NatGateway";
    public const string SecurityGroup = "AWS::EC2::SecurityGroup";
    public const string Cluster = "AWS::EKS::Cluster";
    public const string Nodegroup = "AWS::EKS::Nodegroup";
    public const string FargateProfile = "AWS::EKS::FargateProfile";
    public const string Addon = "AWS::EKS::Addon";
    public const string AccessEntry = "AWS::EKS::AccessEntry";
}
