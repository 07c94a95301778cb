using EksProvisioner.Core.Access;
using EksProvisioner.Core.Contract;

namespace EksProvisioner.Core.Tests.Access;

public class AccessPrincipalsTests
{
    [Theory]
    [InlineData("arn:aws:iam::123456789012:user/alice", "arn:aws:iam::123456789012:user/alice")]
    [InlineData("arn:aws:iam::123456789012:role/team/Admin", "arn:aws:iam::123456789012:role/team/Admin")]
    [InlineData("arn:aws:sts::123456789012:assumed-role/Admin/alice@example.com", "arn:aws:iam::123456789012:role/Admin")]
    [InlineData("arn:aws-cn:sts::123456789012:assumed-role/Dev/s1", "arn:aws-cn:iam::123456789012:role/Dev")]
    public void ForAccessEntry_IamOrSessionArn_IsTheEntryPrincipal(string arn, string expected) =>
        Assert.Equal(expected, AccessPrincipals.ForAccessEntry(arn));

    [Theory]
    [InlineData("alice@example.com")]
    [InlineData("arn:aws:sts::123456789012:federated-user/bob")]
    [InlineData("arn:aws:iam::123456789012:group/admins")]
    [InlineData(null)]
    public void ForAccessEntry_NoIamPrincipal_IsNull(string? owner) => Assert.Null(AccessPrincipals.ForAccessEntry(owner));

    [Fact]
    public void WithAdmin_NewPrincipal_IsAddedAfterTheListedOnes()
    {
        var request = EnvironmentRequests.Parse("""{"name":"dev","access":{"adminPrincipalArns":["arn:aws:iam::123456789012:role/Ops"]}}""");

        var result = AccessPrincipals.WithAdmin(request, "arn:aws:sts::123456789012:assumed-role/Dev/me");

        Assert.Equal(["arn:aws:iam::123456789012:role/Ops", "arn:aws:iam::123456789012:role/Dev"], result.Access.AdminPrincipalArns);
    }

    [Fact]
    public void WithAdmin_ListedPrincipalOrNoArn_LeavesTheRequestAlone()
    {
        var request = EnvironmentRequests.Parse("""{"name":"dev","access":{"adminPrincipalArns":["arn:aws:iam::123456789012:role/Ops"]}}""");

        Assert.Same(request, AccessPrincipals.WithAdmin(request, "arn:aws:iam::123456789012:role/Ops"));
        Assert.Same(request, AccessPrincipals.WithAdmin(request, "ops@example.com"));
    }

    [Fact]
    public void Parse_OwnerIsAnAssumedRole_MakesItsRoleAdminOnceAcrossReParsing()
    {
        var request = EnvironmentRequests.Parse("""{"name":"dev","owner":"arn:aws:sts::123456789012:assumed-role/Dev/me"}""");

        var again = EnvironmentRequests.Parse(EnvironmentRequests.ToJson(request));

        Assert.Equal(["arn:aws:iam::123456789012:role/Dev"], again.Access.AdminPrincipalArns);
    }

    [Fact]
    public void Parse_OwnerIsAnEmail_AddsNoAdmin() =>
        Assert.Empty(EnvironmentRequests.Parse("""{"name":"dev","owner":"alice@example.com"}""").Access.AdminPrincipalArns);
}
