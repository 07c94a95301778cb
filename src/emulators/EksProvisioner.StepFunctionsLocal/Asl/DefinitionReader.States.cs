using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Asl;

/// <summary>Per-type state readers; the allowed fields per type follow the specification's field table.</summary>
internal sealed partial class DefinitionReader
{
    private static readonly Dictionary<string, HashSet<string>> AllowedFields = new(StringComparer.Ordinal)
    {
        ["Task"] = ["Type", "Comment", "QueryLanguage", "Next", "End", "InputPath", "OutputPath", "ResultPath", "Parameters", "ResultSelector", "Retry", "Catch", "Resource", "TimeoutSeconds", "TimeoutSecondsPath", "HeartbeatSeconds", "HeartbeatSecondsPath", "Credentials", "Assign"],
        ["Pass"] = ["Type", "Comment", "QueryLanguage", "Next", "End", "InputPath", "OutputPath", "ResultPath", "Parameters", "Result", "Assign"],
        ["Wait"] = ["Type", "Comment", "QueryLanguage", "Next", "End", "InputPath", "OutputPath", "Seconds", "SecondsPath", "Timestamp", "TimestampPath", "Assign"],
        ["Choice"] = ["Type", "Comment", "QueryLanguage", "InputPath", "OutputPath", "Choices", "Default", "Assign"],
        ["Succeed"] = ["Type", "Comment", "QueryLanguage", "InputPath", "OutputPath"],
        ["Fail"] = ["Type", "Comment", "QueryLanguage", "Error", "ErrorPath", "Cause", "CausePath"],
        ["Parallel"] = ["Type", "Comment", "QueryLanguage", "Next", "End", "InputPath", "OutputPath", "ResultPath", "Parameters", "ResultSelector", "Retry", "Catch", "Branches", "Assign"],
        ["Map"] = ["Type", "Comment", "QueryLanguage", "Next", "End", "InputPath", "OutputPath", "ResultPath", "ItemsPath", "ItemSelector", "Parameters", "Iterator", "ItemProcessor", "MaxConcurrency", "MaxConcurrencyPath", "ResultSelector", "Retry", "Catch", "ToleratedFailureCount", "ToleratedFailureCountPath", "ToleratedFailurePercentage", "ToleratedFailurePercentagePath", "Label", "ItemReader", "ItemBatcher", "ResultWriter", "Assign"],
    };

    private State? ReadState(string name, JsonObject obj, string at)
    {
        var type = RequiredString(obj, "Type", at);
        if (type is null)
        {
            return null;
        }

        if (!AllowedFields.TryGetValue(type, out var allowed))
        {
            Problem($"{at}/Type", $"'{type}' is not a state type (Task, Pass, Wait, Choice, Succeed, Fail, Parallel, Map)");
            return null;
        }

        CheckFields(obj, at, allowed);
        CheckQueryLanguage(obj, at);
        State? state = type switch
        {
            "Task" => ReadTask(name, obj, at),
            "Pass" => ReadPass(name, obj, at),
            "Wait" => ReadWait(name, obj, at),
            "Choice" => ReadChoice(name, obj, at),
            "Succeed" => new SucceedState(name),
            "Fail" => ReadFail(name, obj, at),
            "Parallel" => ReadParallel(name, obj, at),
            _ => ReadMap(name, obj, at),
        };
        if (state is null)
        {
            return null;
        }

        var terminalByType = type is "Choice" or "Succeed" or "Fail";
        var next = terminalByType ? null : OptionalString(obj, "Next", at);
        var end = false;
        if (obj.TryGetPropertyValue("End", out var endNode))
        {
            end = endNode?.GetValueKind() == System.Text.Json.JsonValueKind.True;
            if (!JsonValuesIsBool(endNode))
            {
                Problem($"{at}/End", "End must be a boolean");
            }
        }

        if (!terminalByType && (next is null) == !end)
        {
            Problem(at, next is null ? "a non-terminal state must have exactly one of Next or End: true" : "Next and End: true cannot both be set");
        }

        return state with
        {
            Comment = OptionalString(obj, "Comment", at),
            Next = next,
            End = end || type is "Succeed" or "Fail",
            InputPath = type == "Fail" ? "$" : PathField(obj, "InputPath", at),
            OutputPath = type == "Fail" ? "$" : PathField(obj, "OutputPath", at),
            Assign = AssignField(obj, at),
        };
    }

    private static bool JsonValuesIsBool(JsonNode? node) => Paths.JsonValues.IsBoolean(node);

    private TaskState? ReadTask(string name, JsonObject obj, string at)
    {
        var resource = RequiredString(obj, "Resource", at);
        // A ${Name} placeholder is a SAM/CloudFormation DefinitionSubstitution, replaced before AWS validates the ARN.
        if (resource is not null && !resource.Contains("${", StringComparison.Ordinal) && !Uri.TryCreate(resource, UriKind.Absolute, out _))
        {
            Problem($"{at}/Resource", "Resource must be a URI (an ARN)");
        }

        var timeout = OptionalInt(obj, "TimeoutSeconds", at, 1);
        var heartbeat = OptionalInt(obj, "HeartbeatSeconds", at, 1);
        var timeoutPath = OptionalPath(obj, "TimeoutSecondsPath", at);
        var heartbeatPath = OptionalPath(obj, "HeartbeatSecondsPath", at);
        if (timeout is not null && timeoutPath is not null)
        {
            Problem(at, "TimeoutSeconds and TimeoutSecondsPath cannot both be set");
        }

        if (heartbeat is not null && heartbeatPath is not null)
        {
            Problem(at, "HeartbeatSeconds and HeartbeatSecondsPath cannot both be set");
        }

        if (timeout is not null && heartbeat is not null && heartbeat >= timeout)
        {
            Problem($"{at}/HeartbeatSeconds", "HeartbeatSeconds must be smaller than TimeoutSeconds");
        }

        return new TaskState(name, resource ?? "")
        {
            Parameters = Template(obj, "Parameters", at),
            ResultSelector = (JsonObject?)Template(obj, "ResultSelector", at, mustBeObject: true),
            ResultPath = PathField(obj, "ResultPath", at, reference: true),
            Errors = ReadErrorHandling(obj, at),
            TimeoutSeconds = (int?)timeout,
            TimeoutSecondsPath = timeoutPath,
            HeartbeatSeconds = (int?)heartbeat,
            HeartbeatSecondsPath = heartbeatPath,
        };
    }

    private PassState ReadPass(string name, JsonObject obj, string at) => new(name)
    {
        Parameters = Template(obj, "Parameters", at),
        HasResult = obj.ContainsKey("Result"),
        Result = obj["Result"]?.DeepClone(),
        ResultPath = PathField(obj, "ResultPath", at, reference: true),
    };

    private WaitState ReadWait(string name, JsonObject obj, string at)
    {
        var count = new[] { "Seconds", "SecondsPath", "Timestamp", "TimestampPath" }.Count(obj.ContainsKey);
        if (count != 1)
        {
            Problem(at, "a Wait state has exactly one of Seconds, SecondsPath, Timestamp, TimestampPath");
        }

        DateTimeOffset? timestamp = null;
        if (OptionalString(obj, "Timestamp", at) is { } text)
        {
            if (AslTimestamp.TryParse(text, out var ts))
            {
                timestamp = ts;
            }
            else
            {
                Problem($"{at}/Timestamp", $"'{text}' is not an RFC 3339 timestamp such as 2016-03-14T01:59:00Z");
            }
        }

        return new WaitState(name)
        {
            Seconds = OptionalInt(obj, "Seconds", at, 0),
            SecondsPath = OptionalPath(obj, "SecondsPath", at),
            Timestamp = timestamp,
            TimestampPath = OptionalPath(obj, "TimestampPath", at),
        };
    }

    private FailState ReadFail(string name, JsonObject obj, string at)
    {
        if (obj.ContainsKey("Error") && obj.ContainsKey("ErrorPath"))
        {
            Problem(at, "Error and ErrorPath cannot both be set");
        }

        if (obj.ContainsKey("Cause") && obj.ContainsKey("CausePath"))
        {
            Problem(at, "Cause and CausePath cannot both be set");
        }

        return new FailState(name)
        {
            Error = OptionalString(obj, "Error", at),
            Cause = OptionalString(obj, "Cause", at),
            ErrorPath = OptionalDynamic(obj, "ErrorPath", at),
            CausePath = OptionalDynamic(obj, "CausePath", at),
        };
    }

    /// <summary>ErrorPath/CausePath accept a path or an intrinsic function.</summary>
    private string? OptionalDynamic(JsonObject obj, string field, string at)
    {
        if (OptionalString(obj, field, at) is not { } text)
        {
            return null;
        }

        CheckDynamicValue(obj[field], $"{at}/{field}");
        return text;
    }

    private ParallelState? ReadParallel(string name, JsonObject obj, string at)
    {
        if (obj["Branches"] is not JsonArray branches || branches.Count == 0)
        {
            Problem($"{at}/Branches", "Branches is required and must be a non-empty array");
            return null;
        }

        var graphs = new List<StateGraph>();
        for (var i = 0; i < branches.Count; i++)
        {
            if (branches[i] is JsonObject b && ReadGraph(b, $"{at}/Branches/{i}", GraphFields) is { } g)
            {
                graphs.Add(g);
            }
            else if (branches[i] is not JsonObject)
            {
                Problem($"{at}/Branches/{i}", "a branch is an object with StartAt and States");
            }
        }

        return new ParallelState(name, graphs)
        {
            Parameters = Template(obj, "Parameters", at),
            ResultSelector = (JsonObject?)Template(obj, "ResultSelector", at, mustBeObject: true),
            ResultPath = PathField(obj, "ResultPath", at, reference: true),
            Errors = ReadErrorHandling(obj, at),
        };
    }
}
