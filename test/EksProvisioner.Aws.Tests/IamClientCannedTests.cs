using System.Net;
using EksProvisioner.Aws.Iam;
using EksProvisioner.Core.Errors;
using EksProvisioner.Core.Time;

namespace EksProvisioner.Aws.Tests;

/// <summary>Query-protocol framing of IAM: form parameters, global signing region, XML answers and errors.</summary>
public sealed class IamClientCannedTests : IDisposable
{
    private readonly CannedHandler _handler = new();
    private readonly AwsClientFactory _factory;

    // A European region on purpose: IAM must still be signed for us-east-1.
    public IamClientCannedTests() =>
        _factory = new AwsClientFactory(TestFactories.Options(handler: _handler) with { Region = "eu-west-1" }, TimeProvider.System, Randomizers.Fixed(0));

    public void Dispose()
    {
        _factory.Dispose();
        _handler.Dispose();
    }

    private IIamClient Iam => _factory.CreateIam();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateRole_Tags_SendsFlattenedFormSignedForUsEast1()
    {
        _handler.Respond(HttpStatusCode.OK, """
            <CreateRoleResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">
              <CreateRoleResult><Role>
                <Path>/</Path><RoleName>r1</RoleName><RoleId>AROA1</RoleId><Arn>arn:aws:iam::123456789012:role/r1</Arn>
                <CreateDate>2026-01-01T00:00:00Z</CreateDate><MaxSessionDuration>3600</MaxSessionDuration>
                <Tags><member><Key>eksprov:environment</Key><Value>env a</Value></member></Tags>
              </Role></CreateRoleResult>
              <ResponseMetadata><RequestId>rid-1</RequestId></ResponseMetadata>
            </CreateRoleResponse>
            """, "text/xml");

        var response = await Iam.CreateRoleAsync(
            new CreateRoleRequest { RoleName = "r1", AssumeRolePolicyDocument = "{\"a\":1}", Tags = [new Tag { Key = AwsTags.Environment, Value = "env a" }] },
            Token);

        var sent = _handler.Requests.Single();
        Assert.Equal("POST", sent.Method);
        Assert.Equal("application/x-www-form-urlencoded; charset=utf-8", sent.Header("Content-Type"));
        Assert.Contains("/us-east-1/iam/aws4_request", sent.Header("Authorization"), StringComparison.Ordinal);
        Assert.Equal(
            "Action=CreateRole&Version=2010-05-08&RoleName=r1&AssumeRolePolicyDocument=%7B%22a%22%3A1%7D&Tags.member.1.Key=eksprov%3Aenvironment&Tags.member.1.Value=env%20a",
            sent.Body);
        var role = response.Role!;
        Assert.Equal("AROA1", role.RoleId);
        Assert.Equal(3600, role.MaxSessionDuration);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), role.CreateDate);
        Assert.Equal("env a", Assert.Single(role.Tags!).Value);
    }

    [Fact]
    public async Task ListAllAttachedRolePolicies_Truncated_FollowsMarker()
    {
        _handler.Respond(HttpStatusCode.OK, """
            <ListAttachedRolePoliciesResponse><ListAttachedRolePoliciesResult>
              <AttachedPolicies><member><PolicyName>A</PolicyName><PolicyArn>arn:a</PolicyArn></member></AttachedPolicies>
              <IsTruncated>true</IsTruncated><Marker>m1</Marker>
            </ListAttachedRolePoliciesResult></ListAttachedRolePoliciesResponse>
            """, "text/xml").Respond(HttpStatusCode.OK, """
            <ListAttachedRolePoliciesResponse><ListAttachedRolePoliciesResult>
              <AttachedPolicies><member><PolicyName>B</PolicyName><PolicyArn>arn:b</PolicyArn></member></AttachedPolicies>
              <IsTruncated>false</IsTruncated>
            </ListAttachedRolePoliciesResult></ListAttachedRolePoliciesResponse>
            """, "text/xml");

        var names = new List<string?>();
        await foreach (var policy in Iam.ListAllAttachedRolePoliciesAsync("r1", Token))
        {
            names.Add(policy.PolicyName);
        }

        Assert.Equal(["A", "B"], names);
        Assert.EndsWith("&RoleName=r1&Marker=m1", _handler.Requests[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteRole_XmlErrorResponse_IsMappedWithCodeAndRequestId()
    {
        _handler.Respond(HttpStatusCode.Conflict, """
            <ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">
              <Error><Type>Sender</Type><Code>DeleteConflict</Code><Message>Cannot delete entity, must detach all policies first.</Message></Error>
              <RequestId>rid-2</RequestId>
            </ErrorResponse>
            """, "text/xml");

        var error = await Assert.ThrowsAsync<DependencyStillPresentException>(() => Iam.DeleteRoleAsync(new DeleteRoleRequest { RoleName = "r1" }, Token));

        Assert.Equal("DeleteConflict", error.AwsErrorCode);
        Assert.Equal("rid-2", error.RequestId);
        Assert.Equal(409, error.HttpStatusCode);
        Assert.Contains("must detach", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetRole_ThrottlingThenOk_Retries()
    {
        _handler.Respond(HttpStatusCode.BadRequest, "<ErrorResponse><Error><Code>Throttling</Code><Message>Rate exceeded</Message></Error></ErrorResponse>", "text/xml")
            .Respond(HttpStatusCode.OK, "<GetRoleResponse><GetRoleResult><Role><RoleName>r1</RoleName></Role></GetRoleResult></GetRoleResponse>", "text/xml");

        var response = await Iam.GetRoleAsync(new GetRoleRequest { RoleName = "r1" }, Token);

        Assert.Equal("r1", response.Role!.RoleName);
        Assert.Equal(2, _handler.Requests.Count);
    }
}
