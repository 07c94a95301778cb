namespace EksProvisioner.StepFunctionsLocal.States;

/// <summary>The kinds of Task resource the local engine runs.</summary>
internal enum TaskResourceKind
{
    LambdaInvoke,
    LambdaFunctionArn,
    StartExecution,
    StartExecutionSync,
    StartExecutionSync2,
    Unsupported,
}

/// <summary>Classifies a Task's Resource ARN; service integrations also give their history resourceType/resource.</summary>
internal sealed record TaskResource(TaskResourceKind Kind, string ResourceType, string Resource)
{
    private const string ServicePrefix = "arn:aws:states:::";

    public static TaskResource Parse(string arn)
    {
        if (arn.StartsWith(ServicePrefix, StringComparison.Ordinal))
        {
            var rest = arn[ServicePrefix.Length..];
            var colon = rest.IndexOf(':', StringComparison.Ordinal);
            var type = colon < 0 ? rest : rest[..colon];
            var resource = colon < 0 ? "" : rest[(colon + 1)..];
            var kind = (type, resource) switch
            {
                ("lambda", "invoke") => TaskResourceKind.LambdaInvoke,
                ("states", "startExecution") => TaskResourceKind.StartExecution,
                ("states", "startExecution.sync") => TaskResourceKind.StartExecutionSync,
                ("states", "startExecution.sync:2") => TaskResourceKind.StartExecutionSync2,
                _ => TaskResourceKind.Unsupported,
            };
            return new TaskResource(kind, type, resource);
        }

        var parts = arn.Split(':');
        return parts.Length >= 7 && parts[2] == "lambda" && parts[5] == "function"
            ? new TaskResource(TaskResourceKind.LambdaFunctionArn, "lambda", arn)
            : new TaskResource(TaskResourceKind.Unsupported, "", arn);
    }
}
