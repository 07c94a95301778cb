using System.Text.Json.Serialization;

namespace EksProvisioner.Functions.Runtime;

/// <summary>Source-generated serializer for <see cref="LambdaError"/> (no reflection in the hot path, trimming-safe).</summary>
[JsonSerializable(typeof(LambdaError))]
internal sealed partial class LambdaErrorJson : JsonSerializerContext;
