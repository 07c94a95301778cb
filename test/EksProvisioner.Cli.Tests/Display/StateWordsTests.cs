using System.Text.Json.Nodes;
using EksProvisioner.Cli.Display;

namespace EksProvisioner.Cli.Tests.Display;

public sealed class StateWordsTests
{
    /// <summary>Every Task state of every definition in statemachine/*.asl.json, as the CLI embeds them.</summary>
    public static TheoryData<string> TaskStates()
    {
        var assembly = typeof(StateWords).Assembly;
        var states = new TheoryData<string>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".asl.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            foreach (var name in Tasks(JsonNode.Parse(stream)!["States"]!.AsObject()))
            {
                states.Add(name);
            }
        }

        return states;
    }

    [Theory]
    [MemberData(nameof(TaskStates))]
    public void Stage_EveryTaskStateOfTheDefinitions_HasWords(string state)
    {
        var words = StateWords.Default.Stage(state);

        Assert.False(string.IsNullOrWhiteSpace(words), $"{state} has no words in Display/StateWords.json");
        Assert.NotEqual(state, words);
    }

    [Fact]
    public void Reason_KnownAndUnknownErrors_WordsOrTheErrorName()
    {
        Assert.Equal("IAM role not yet usable", StateWords.Default.Reason("IamRoleNotReadyException"));
        Assert.Equal("SomethingNewException", StateWords.Default.Reason("SomethingNewException"));
    }

    private static IEnumerable<string> Tasks(JsonObject states)
    {
        foreach (var (name, state) in states)
        {
            if (state!["Type"]!.GetValue<string>() == "Task")
            {
                yield return name;
            }

            var nested = (state["Branches"]?.AsArray().Select(b => b!["States"]!.AsObject()) ?? [])
                .Concat(state["ItemProcessor"]?["States"] is JsonObject items ? [items] : []);
            foreach (var inner in nested.SelectMany(Tasks))
            {
                yield return inner;
            }
        }
    }
}
