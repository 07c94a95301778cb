using System.Text.Json.Nodes;
using EksProvisioner.Functions.Runtime;

namespace EksProvisioner.Functions.Tests.Runtime;

public sealed class EchoHandlerTests
{
    [Fact]
    public async Task HandleAsync_Input_ReturnsEqualDetachedCopy()
    {
        var input = JsonNode.Parse("""{"a":[1,{"b":null}]}""");
        var context = new LambdaInvocationContext("id", DateTimeOffset.MaxValue, "arn", null, null, null, TimeProvider.System);

        var output = await new EchoHandler().HandleAsync(input, context, TestContext.Current.CancellationToken);

        Assert.True(JsonNode.DeepEquals(input, output));
        Assert.NotSame(input, output);
    }
}
