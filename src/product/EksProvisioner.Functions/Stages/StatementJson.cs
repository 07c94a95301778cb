using System.Text.Json.Nodes;

namespace EksProvisioner.Functions.Stages;

/// <summary>One IAM statement as serverless.template writes it: conditions grouped by operator, ARNs as Fn::Sub.</summary>
internal static class StatementJson
{
    /// <param name="actions">The statement's actions.</param>
    /// <param name="resources">Null for <c>"Resource": "*"</c>.</param>
    /// <param name="list">Write the resources as a list even when there is one.</param>
    /// <param name="conditionList">Every condition, in order.</param>
    public static JsonObject Of(IReadOnlyList<string> actions, IReadOnlyList<string>? resources, bool list, IReadOnlyList<AllowCondition> conditionList)
    {
        var statement = new JsonObject
        {
            ["Effect"] = "Allow",
            ["Action"] = new JsonArray([.. actions.Select(a => (JsonNode)JsonValue.Create(a))]),
            ["Resource"] = resources is null ? JsonValue.Create("*")
                : list ? new JsonArray([.. resources.Select(AllowCondition.Sub)])
                : AllowCondition.Sub(resources[0]),
        };
        if (conditionList.Count > 0)
        {
            var conditions = new JsonObject();
            foreach (var condition in conditionList)
            {
                if (conditions[condition.Operator] is not JsonObject byOperator)
                {
                    byOperator = [];
                    conditions[condition.Operator] = byOperator;
                }

                byOperator[condition.Key] = condition.Value();
            }

            statement["Condition"] = conditions;
        }

        return statement;
    }
}
