using EksProvisioner.Aws.Protocol;

namespace EksProvisioner.Aws.Tests;

public sealed class JsonErrorParserTests
{
    [Theory]
    [InlineData("ResourceNotFoundException", "ResourceNotFoundException")]
    [InlineData("ResourceNotFoundException:http://internal.amazon.com/coral/com.amazon.eks/", "ResourceNotFoundException")]
    [InlineData("com.amazonaws.swf.service.v2.model#ExecutionDoesNotExist", "ExecutionDoesNotExist")]
    [InlineData("aws.protocoltests#FooError:http://internal.amazon.com/", "FooError")]
    [InlineData(" ", null)]
    [InlineData(null, null)]
    public void Clean_AwsCodeForms_LeavesBareCode(string? raw, string? expected) =>
        Assert.Equal(expected, JsonErrorParser.Clean(raw));

    [Fact]
    public void Parse_HeaderAndBody_HeaderCodeWinsBodyGivesMessage()
    {
        var response = new AwsWireResponse(
            404,
            new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["x-amzn-ErrorType"] = "ResourceNotFoundException:x", ["x-amzn-RequestId"] = "r1" },
            """{"__type":"Other","message":"No cluster found for name: c1."}"""u8.ToArray());

        var error = JsonErrorParser.Parse("eks", Eks.EksOperations.DescribeCluster, response);

        Assert.Equal(new Errors.AwsErrorDetails("eks", "DescribeCluster", "ResourceNotFoundException", "No cluster found for name: c1.", 404, "r1"), error);
    }

    [Fact]
    public void Parse_EmptyBody_KeepsStatus()
    {
        var response = new AwsWireResponse(503, new Dictionary<string, string>(), []);

        var error = JsonErrorParser.Parse("states", StepFunctions.StepFunctionsOperations.ListExecutions, response);

        Assert.Null(error.Code);
        Assert.Equal(503, error.HttpStatusCode);
    }
}
