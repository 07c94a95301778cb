using System.Text.Json;
using System.Text.Json.Serialization;

namespace EksProvisioner.Functions.Runtime;

/// <summary>
/// The error document posted to the Runtime API. Like the official .NET runtime, errorType is the
/// exception's short type name: Step Functions' Retry/Catch <c>ErrorEquals</c> match exactly that.
/// </summary>
internal sealed record LambdaError(
    [property: JsonPropertyName("errorType")] string ErrorType,
    [property: JsonPropertyName("errorMessage")] string ErrorMessage,
    [property: JsonPropertyName("stackTrace")] IReadOnlyList<string> StackTrace)
{
    public static LambdaError FromException(Exception exception) =>
        new(
            exception.GetType().Name,
            exception.Message,
            exception.StackTrace?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? []);

    public byte[] ToJsonBytes() => JsonSerializer.SerializeToUtf8Bytes(this, LambdaErrorJson.Default.LambdaError);
}
