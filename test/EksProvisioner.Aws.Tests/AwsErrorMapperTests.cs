using EksProvisioner.Aws.Errors;
using EksProvisioner.Core.Errors;

namespace EksProvisioner.Aws.Tests;

public sealed class AwsErrorMapperTests
{
    private static EksProvisionerException Map(string service, string operation, string? code, int? status, string? message = null) =>
        AwsErrorMapper.Map(new AwsErrorDetails(service, operation, code, message, status, "req-1"));

    [Theory]
    [InlineData("iam", "CreateRole", "Throttling", 400)]
    [InlineData("eks", "CreateCluster", "ThrottlingException", 400)]
    [InlineData("ec2", "CreateVpc", "RequestLimitExceeded", 503)]
    [InlineData("lambda", "Invoke", "TooManyRequestsException", 429)]
    [InlineData("eks", "DescribeCluster", null, 429)]
    public void Map_ThrottlingCodeOr429_IsAwsThrottled(string service, string operation, string? code, int status) =>
        Assert.IsType<AwsThrottledException>(Map(service, operation, code, status));

    [Theory]
    [InlineData("eks", "ServerException", 500)]
    [InlineData("eks", "ServiceUnavailableException", 503)]
    [InlineData("iam", "ServiceFailure", 500)]
    [InlineData("iam", "ConcurrentModification", 409)]
    [InlineData("ec2", "Unknown", 502)]
    [InlineData("ec2", null, 504)]
    public void Map_ServerFault_IsAwsServiceUnavailable(string service, string? code, int status) =>
        Assert.IsType<AwsServiceUnavailableException>(Map(service, "Any", code, status));

    [Theory]
    [InlineData("Role could not be assumed because the trusted entity is not correct")]
    [InlineData("Error in role params")]
    [InlineData("Role with arn: arn:aws:iam::123456789012:role/x, does not exist")]
    [InlineData("The provided role doesn't have the Amazon EKS Managed Policies associated with it")]
    [InlineData("IAM role's policy must include the `ec2:DescribeSubnets` action")]
    public void Map_EksInvalidParameterAboutRole_IsIamRoleNotReady(string message) =>
        Assert.IsType<IamRoleNotReadyException>(Map("eks", "CreateCluster", "InvalidParameterException", 400, message));

    [Theory]
    [InlineData("eks", "Subnet subnet-1 does not exist")]
    [InlineData("eks", "The version 1.10 is not supported")]
    [InlineData("iam", "Role could not be assumed because the trusted entity is not correct")]
    public void Map_InvalidParameterNotAboutEksRole_IsAwsRequestFailed(string service, string message) =>
        Assert.IsType<AwsRequestFailedException>(Map(service, "CreateCluster", "InvalidParameterException", 400, message));

    [Theory]
    [InlineData("iam", "LimitExceeded")]
    [InlineData("ec2", "VpcLimitExceeded")]
    [InlineData("ec2", "AddressLimitExceeded")]
    [InlineData("eks", "ResourceLimitExceededException")]
    public void Map_LimitExceeded_IsQuotaExceeded(string service, string code) =>
        Assert.IsType<QuotaExceededException>(Map(service, "Create", code, 400));

    [Theory]
    [InlineData("ec2", "DeleteVpc", "DependencyViolation")]
    [InlineData("iam", "DeleteRole", "DeleteConflict")]
    [InlineData("eks", "DeleteCluster", "ResourceInUseException")]
    [InlineData("elasticloadbalancing", "DeleteTargetGroup", "ResourceInUse")]
    public void Map_DependencyConflict_IsDependencyStillPresent(string service, string operation, string code) =>
        Assert.IsType<DependencyStillPresentException>(Map(service, operation, code, 409));

    [Theory]
    [InlineData("AccessDenied")]
    [InlineData("AccessDeniedException")]
    [InlineData("UnauthorizedOperation")]
    public void Map_AccessCode_IsAwsAccessDenied(string code) =>
        Assert.IsType<AwsAccessDeniedException>(Map("ec2", "CreateVpc", code, 403));

    [Theory]
    [InlineData("eks", "ResourceNotFoundException")]
    [InlineData("eks", "NotFoundException")]
    [InlineData("iam", "NoSuchEntity")]
    [InlineData("ec2", "InvalidVpcID.NotFound")]
    [InlineData("ec2", "NatGatewayNotFound")]
    [InlineData("states", "StateMachineDoesNotExist")]
    [InlineData("states", "ExecutionDoesNotExist")]
    public void Map_NotFoundCode_IsAwsResourceNotFound(string service, string code) =>
        Assert.IsType<AwsResourceNotFoundException>(Map(service, "Describe", code, 404));

    [Theory]
    [InlineData("iam", "CreateRole", "EntityAlreadyExists")]
    [InlineData("eks", "CreateCluster", "ResourceInUseException")]
    [InlineData("eks", "CreateAccessEntry", "ResourceInUseException")]
    [InlineData("ec2", "CreateSecurityGroup", "InvalidGroup.Duplicate")]
    [InlineData("ec2", "CreateRoute", "RouteAlreadyExists")]
    [InlineData("states", "CreateStateMachine", "StateMachineAlreadyExists")]
    public void Map_AlreadyExistsCode_IsAwsResourceAlreadyExists(string service, string operation, string code) =>
        Assert.IsType<AwsResourceAlreadyExistsException>(Map(service, operation, code, 409));

    [Theory]
    [InlineData("ValidationException")]
    [InlineData("InvalidParameterValue")]
    [InlineData("MalformedPolicyDocument")]
    [InlineData(null)]
    public void Map_OtherClientError_IsAwsRequestFailed(string? code) =>
        Assert.IsType<AwsRequestFailedException>(Map("ec2", "CreateVpc", code, 400));

    [Fact]
    public void Map_AnyError_CarriesCodeStatusRequestIdServiceAndOperation()
    {
        var inner = new InvalidOperationException("wire");

        var error = AwsErrorMapper.Map(new AwsErrorDetails("iam", "DeleteRole", "DeleteConflict", "must detach", 409, "req-9"), inner);

        Assert.Equal("DeleteConflict", error.AwsErrorCode);
        Assert.Equal(409, error.HttpStatusCode);
        Assert.Equal("req-9", error.RequestId);
        Assert.Equal("iam", error.Service);
        Assert.Equal("DeleteRole", error.Operation);
        Assert.Same(inner, error.InnerException);
        Assert.Contains("must detach", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromSdk_AmazonServiceException_MapsCodeStatusAndRequestId()
    {
        var sdk = new Amazon.Runtime.AmazonServiceException("no vpc", Amazon.Runtime.ErrorType.Sender, "InvalidVpcID.NotFound", "req-3", System.Net.HttpStatusCode.BadRequest);

        var error = AwsErrorMapper.FromSdk(sdk, "ec2", "DeleteVpc");

        Assert.IsType<AwsResourceNotFoundException>(error);
        Assert.Equal("InvalidVpcID.NotFound", error.AwsErrorCode);
        Assert.Equal(400, error.HttpStatusCode);
        Assert.Equal("req-3", error.RequestId);
        Assert.Same(sdk, error.InnerException);
    }
}
