using System.Text.Json.Nodes;
using EksProvisioner.Core.Time;

namespace EksProvisioner.StepFunctionsLocal.Execution;

/// <summary>What paths other than <c>$</c> read while a state runs: the context object, the variables, randomness.</summary>
internal sealed record PathContext(JsonNode? Context, VariableScope Scope, Randomizer Random);
