using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Asl;
using EksProvisioner.StepFunctionsLocal.DataFlow;

namespace EksProvisioner.StepFunctionsLocal.States;

/// <summary>
/// One ASL state type: its allowed fields (the specification's field table), which of them are data flow, and
/// the reader of its own fields (null when they are too broken to build the state; its problems are reported).
/// </summary>
internal sealed record StateKind(
    IReadOnlySet<string> Fields,
    DataFlowFields DataFlow,
    Func<string, JsonObject, string, DefinitionReader, State?> Read);
