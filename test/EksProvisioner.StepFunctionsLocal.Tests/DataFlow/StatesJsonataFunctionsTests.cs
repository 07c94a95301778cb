using System.Text.Json.Nodes;
using EksProvisioner.Core.Time;
using EksProvisioner.StepFunctionsLocal.DataFlow;
using EksProvisioner.StepFunctionsLocal.Execution;
using EksProvisioner.StepFunctionsLocal.Intrinsics.Functions;
using EksProvisioner.StepFunctionsLocal.Jsonata;

namespace EksProvisioner.StepFunctionsLocal.Tests.DataFlow;

public sealed class StatesJsonataFunctionsTests
{
    private static readonly Dictionary<string, JsonNode?> NoBindings = [];

    [Fact]
    public void Uuid_InjectedRandomizer_SameUuidAsStatesUuid()
    {
        var ctx = Context(Randomizers.Fixed(0.25));

        var uuid = Template("$uuid()").Evaluate(NoBindings, ctx);

        Assert.Equal(UuidFunction.NewUuid(Randomizers.Fixed(0.25)), uuid!.GetValue<string>());
    }

    [Fact]
    public void Random_NoSeed_DrawsFromInjectedRandomizer()
    {
        var value = Template("$random()").Evaluate(NoBindings, Context(Randomizers.Fixed(0.125)));

        Assert.Equal(0.125, value!.GetValue<double>());
    }

    [Fact]
    public void Random_Seed_IndependentOfInjectedRandomizer()
    {
        var first = Template("$random(7)").Evaluate(NoBindings, Context(Randomizers.Fixed(0.1)));
        var second = Template("$random(7)").Evaluate(NoBindings, Context(Randomizers.Fixed(0.9)));

        Assert.Equal(first!.GetValue<double>(), second!.GetValue<double>());
    }

    [Fact]
    public void Eval_StandardLibraryOnly_StatesFunctionsAbsent()
    {
        // Outside a state machine the evaluator is plain JSONata: Step Functions' functions are not bound.
        var error = Assert.Throws<JsonataException>(() => JsonataExpression.Parse("$partition([1, 2], 1)").Evaluate(null));

        Assert.Equal("T1006", error.Code);
    }

    [Fact]
    public void Evaluate_Undefined_QueryEvaluationErrorNamingField()
    {
        var template = Template("$states.input.absent") with { Field = "Arguments/a[0]" };

        var error = Assert.Throws<StatesException>(() => template.Evaluate(new Dictionary<string, JsonNode?> { ["states"] = new JsonObject { ["input"] = new JsonObject() } }, TestPathContext.Empty));

        Assert.Equal(StatesErrors.QueryEvaluationError, error.Error);
        Assert.Equal("The JSONata expression '$states.input.absent' specified for the field 'Arguments/a[0]' returned nothing (undefined).", error.Cause);
    }

    private static JsonataTemplate Template(string expression) => new(null, JsonataExpression.Parse(expression), null, null) { Field = "Output" };

    private static PathContext Context(Randomizer random) => new(new JsonObject(), new VariableScope(null), random);
}
