namespace EksProvisioner.Functions.Runtime;

/// <summary>One event from <c>invocation/next</c>: its context headers and the raw event body.</summary>
internal sealed record LambdaInvocation(LambdaInvocationContext Context, byte[] Body);
