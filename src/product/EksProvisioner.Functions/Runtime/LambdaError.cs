using System.Text.Json;
using System.Text.Json.Serialization;

namespace EksProvisioner.Functions.Runtime;

/// <summary>
/// The error document posted to the Runtime API. Like the official .NET runtime, errorType is the
/// exception's short type name: Step Functions' Retry/Catch <c>ErrorEquals</c> match exactly that.
/// Unlike it, no stackTrace: the document becomes the execution's <c>Cause</c>, which people read in the
/// console and the CLI, and a trace there shows build paths and frames instead of what went wrong.
/// </summary>
internal sealed record LambdaError(
    [property: JsonPropertyName("errorType")] string ErrorType,
    [property: JsonPropertyName("errorMessage")] string ErrorMessage)
{
    public static LambdaError FromException(Exception exception) => new(exception.GetType().Name, exception.Message);

    public byte[] ToJsonBytes() => JsonSerializer.SerializeToUtf8Bytes(this, LambdaErrorJson.Default.LambdaError);
}
