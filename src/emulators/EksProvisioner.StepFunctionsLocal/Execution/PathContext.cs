using System.Text.Json.Nodes;
using EksProvisioner.Core.Time;

namespace EksProvisioner.StepFunctionsLocal.Execution;

/// <summary>
/// What paths other than <c>$</c> read while a state runs: the context object, the variables, randomness, and the
/// clock JSONata's <c>$now()</c> reads (the engine's virtual clock; null only in tests that never evaluate JSONata).
/// </summary>
internal sealed record PathContext(JsonNode? Context, VariableScope Scope, Randomizer Random, TimeProvider? Time = null);
