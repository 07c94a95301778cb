using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Asl;
using EksProvisioner.StepFunctionsLocal.DataFlow;
using EksProvisioner.StepFunctionsLocal.Execution;

namespace EksProvisioner.StepFunctionsLocal.States;

/// <summary>A Choice state: the first rule that matches picks the next state, else <see cref="Default"/>.</summary>
internal sealed record ChoiceState(string Name, IReadOnlyList<ChoiceBranch> Choices, string? Default) : State(Name)
{
    private static readonly HashSet<string> Fields = ["Type", "Comment", "QueryLanguage", "InputPath", "OutputPath", "Choices", "Default", "Assign"];

    /// <summary>AWS (Choice workflow state, Choice Rules (JSONata)): Condition, Next, and an optional Assign applied when the rule matches.</summary>
    private static readonly HashSet<string> JsonataRuleFields = ["Condition", "Next", "Comment", "Assign"];

    public static StateKind Kind { get; } = new(Fields, DataFlowFields.Filters, Read);

    public override string TypeName => "Choice";

    public override IEnumerable<(string Next, string Field)> Transitions()
    {
        if (Default is not null)
        {
            yield return (Default, "Default");
        }

        for (var i = 0; i < Choices.Count; i++)
        {
            yield return (Choices[i].Next, $"Choices/{i}/Next");
        }
    }

    public override Task<StateOutcome> ExecuteAsync(StateRun run, JsonNode? input, CancellationToken ct)
    {
        var ctx = run.Context();
        var effective = Data.Input(input, ctx);
        var branch = Choices.FirstOrDefault(b => b.Rule.Matches(effective, ctx));
        var next = branch?.Next ?? Default
            ?? throw new StatesException(StatesErrors.NoChoiceMatched, $"No Choice Rules matched and no Default was specified in state '{Name}'.");

        // The state's Assign, then the matched rule's: all evaluated on the effective input, committed together.
        var assign = new Dictionary<string, JsonNode?>(Data.Assign(effective, ctx), StringComparer.Ordinal);
        IReadOnlyDictionary<string, JsonNode?>? ruleAssign = branch?.Jsonata is { } jsonata ? jsonata.Assign(effective, ctx) : branch?.Assign?.Evaluate(effective, ctx);
        foreach (var (k, v) in ruleAssign ?? new Dictionary<string, JsonNode?>())
        {
            assign[k] = v;
        }

        var output = Data.Output(effective, ctx);
        run.Flow.Scope.Commit(assign);
        return Task.FromResult(new StateOutcome(output, next));
    }

    private static ChoiceState? Read(string name, JsonObject obj, string at, DefinitionReader r)
    {
        if (obj["Choices"] is not JsonArray choices || choices.Count == 0)
        {
            r.Problem($"{at}/Choices", "Choices is required and must be a non-empty array");
            return null;
        }

        var branches = new List<ChoiceBranch>();
        for (var i = 0; i < choices.Count; i++)
        {
            var loc = $"{at}/Choices/{i}";
            if (choices[i] is not JsonObject c)
            {
                r.Problem(loc, "a choice rule is an object");
                continue;
            }

            var next = r.RequiredString(c, "Next", loc);
            if (r.IsJsonata(obj))
            {
                var (ruleAt, prefix) = DefinitionReader.ListEntry(loc);
                branches.Add(new ChoiceBranch(ReadCondition(name, c, loc, r), next ?? "", null) { Jsonata = r.ReadJsonataDataFlow(c, ruleAt, prefix) });
                continue;
            }

            var rule = ChoiceRuleReader.Read(c, loc, topLevel: true, r);
            // Invalid rules keep a placeholder so later locations keep their index (the definition is discarded anyway).
            branches.Add(new ChoiceBranch(rule ?? new AndRule([]), next ?? "", r.Assign(c, loc)));
        }

        return new ChoiceState(name, branches, r.OptionalString(obj, "Default", at));
    }

    /// <summary>A JSONata rule is a Condition and Next (and its Assign); Variable-style rules are JSONPath only.</summary>
    private static ChoiceRule ReadCondition(string name, JsonObject c, string loc, DefinitionReader r)
    {
        // A rule's Output is not documented for JSONata rules, so it is refused rather than ignored.
        r.CheckFields(c, loc, JsonataRuleFields);
        if (!c.TryGetPropertyValue("Condition", out var condition))
        {
            r.Problem($"{loc}/Condition", "Condition is required in a JSONata choice rule");
        }

        var (at, prefix) = DefinitionReader.ListEntry(loc);
        return new ConditionRule(name, r.JsonataValue(condition, at, prefix + "Condition"));
    }
}
