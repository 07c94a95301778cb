using EksProvisioner.Core.Contract.Rules;

namespace EksProvisioner.Core.Tests;

public class AwsSyntaxTests
{
    [Theory]
    [InlineData("t3.medium")]
    [InlineData("m7i-flex.xlarge")]
    [InlineData("c6gn.16xlarge")]
    [InlineData("u-6tb1.metal")]
    [InlineData("u7i-12tb.224xlarge")]
    [InlineData("m5.metal-24xl")]
    [InlineData("x2iedn.32xlarge")]
    [InlineData("g4dn.xlarge")]
    public void InstanceType_RealTypes_Match(string type)
    {
        Assert.Matches(AwsSyntax.InstanceType(), type);
    }

    [Theory]
    [InlineData("m5")]
    [InlineData("M5.large")]
    [InlineData("m5.Large")]
    [InlineData("m5.huge")]
    [InlineData("large.m5")]
    [InlineData("m.large")]
    [InlineData("m5.0xlarge")]
    public void InstanceType_Malformed_DoesNotMatch(string type)
    {
        Assert.DoesNotMatch(AwsSyntax.InstanceType(), type);
    }

    [Theory]
    [InlineData("m7g.large", true)]
    [InlineData("c6gn.large", true)]
    [InlineData("t4g.medium", true)]
    [InlineData("a1.large", true)]
    [InlineData("im4gn.large", true)]
    [InlineData("hpc7g.4xlarge", true)]
    [InlineData("m5.large", false)]
    [InlineData("g4dn.xlarge", false)]
    [InlineData("m7a.large", false)]
    [InlineData("trn1.2xlarge", false)]
    public void ArmInstanceType_TellsGravitonFromX86(string type, bool arm)
    {
        Assert.Equal(arm, AwsSyntax.ArmInstanceType().IsMatch(type));
    }

    [Theory]
    [InlineData("arn:aws:iam::123456789012:role/Admin", true)]
    [InlineData("arn:aws:iam::123456789012:role/path/to/Admin", true)]
    [InlineData("arn:aws-us-gov:iam::123456789012:user/bob", true)]
    [InlineData("arn:aws:sts::123456789012:assumed-role/Admin/s", false)]
    [InlineData("arn:aws:iam::12345678901:role/Admin", false)]
    [InlineData("arn:aws:iam::123456789012:group/Admins", false)]
    public void IamPrincipalArn_AcceptsRolesAndUsersOnly(string arn, bool valid)
    {
        Assert.Equal(valid, AwsSyntax.IamPrincipalArn().IsMatch(arn));
    }

    [Theory]
    [InlineData("us-east-1", true)]
    [InlineData("ap-southeast-3", true)]
    [InlineData("us-gov-west-1", true)]
    [InlineData("useast1", false)]
    [InlineData("us-east", false)]
    public void Region_MatchesRegionNames(string region, bool valid)
    {
        Assert.Equal(valid, AwsSyntax.Region().IsMatch(region));
    }

    /// <summary>Every anchored pattern with a value it accepts: the same value with a trailing newline must not pass.</summary>
    public static TheoryData<string, string> AnchoredPatterns => new()
    {
        { nameof(AwsSyntax.EnvironmentName), "dev" },
        { nameof(AwsSyntax.EksChildName), "workers" },
        { nameof(AwsSyntax.InstanceType), "m5.large" },
        { nameof(AwsSyntax.Region), "us-east-1" },
        { nameof(AwsSyntax.IamPrincipalArn), "arn:aws:iam::123456789012:role/Admin" },
        { nameof(AwsSyntax.AddonName), "vpc-cni" },
        { nameof(AwsSyntax.AddonVersion), "v1.19.2-eksbuild.1" },
        { nameof(AwsSyntax.TagText), "team a" },
        { nameof(AwsSyntax.TicketSystem), "jira" },
        { nameof(AwsSyntax.TicketKey), "OPS-123" },
    };

    [Theory]
    [MemberData(nameof(AnchoredPatterns))]
    public void Pattern_TrailingNewline_DoesNotMatch(string pattern, string valid)
    {
        var regex = (System.Text.RegularExpressions.Regex)typeof(AwsSyntax).GetMethod(pattern)!.Invoke(null, null)!;

        Assert.Matches(regex, valid);
        Assert.DoesNotMatch(regex, valid + "\n");
    }
}
