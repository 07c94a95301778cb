using EksProvisioner.StepFunctionsLocal.Asl;

namespace EksProvisioner.StepFunctionsLocal.Execution;

/// <summary>A registered state machine (mutable only through UpdateStateMachine, which swaps the record).</summary>
internal sealed record StateMachineRecord(
    string Arn,
    string Name,
    string Definition,
    StateMachineDefinition Parsed,
    string RoleArn,
    string Type,
    DateTimeOffset CreationDate,
    DateTimeOffset? UpdateDate,
    string RevisionId);
