namespace EksProvisioner.Workflow.Tests;

/// <summary>Compares documents by their JSON (records holding lists compare lists by reference).</summary>
internal static class Json
{
    public static string Of<T>(T value) => WorkflowJson.Write(value)!.ToJsonString();
}
