using System.Text.Json;
using System.Text.Json.Serialization;

namespace EksProvisioner.Workflow.Documents;

/// <summary>
/// Source-generated JSON for every stage document (each stage's input and output; the types inside them
/// come along): web defaults (camelCase, names read case-insensitively), nulls left out. The request
/// inside a document is plain data here: ValidateRequest validated and defaulted it once, at the edge.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ValidateRequestInput))]
[JsonSerializable(typeof(ValidatedRequest))]
[JsonSerializable(typeof(StageInput))]
[JsonSerializable(typeof(RoleInfo))]
[JsonSerializable(typeof(NodeRolesInfo))]
[JsonSerializable(typeof(NetworkState))]
[JsonSerializable(typeof(CheckNetworkInput))]
[JsonSerializable(typeof(ClusterStageInput))]
[JsonSerializable(typeof(ClusterInfo))]
[JsonSerializable(typeof(CheckClusterInput))]
[JsonSerializable(typeof(NodegroupInput))]
[JsonSerializable(typeof(FargateProfileInput))]
[JsonSerializable(typeof(CheckWaitedInput))]
[JsonSerializable(typeof(WaitedResource))]
[JsonSerializable(typeof(AddonsInfo))]
[JsonSerializable(typeof(CheckAddonsInput))]
[JsonSerializable(typeof(AccessEntriesInfo))]
[JsonSerializable(typeof(BuildOutputInput))]
[JsonSerializable(typeof(EnvironmentOutput))]
[JsonSerializable(typeof(TeardownInput))]
[JsonSerializable(typeof(PhaseResult))]
[JsonSerializable(typeof(VerifyTeardownInput))]
[JsonSerializable(typeof(TeardownResult))]
internal sealed partial class StageDocumentsJson : JsonSerializerContext;
