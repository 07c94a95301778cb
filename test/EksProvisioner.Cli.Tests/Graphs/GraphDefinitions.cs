namespace EksProvisioner.Cli.Tests.Graphs;

/// <summary>Small definitions the graph tests share: one with every edge kind, one whose task fails into a Catch.</summary>
internal static class GraphDefinitions
{
    /// <summary>Choice with a rule and a Default, a Parallel of two branches, a Map iterator, a Catch into Rollback.</summary>
    public static readonly string EveryKind = """
        {"StartAt":"Check","States":{
          "Check":{"Type":"Choice","Choices":[{"Variable":"$.go","BooleanEquals":true,"Next":"Both"}],"Default":"Done"},
          "Both":{"Type":"Parallel","Next":"Each","Catch":[{"ErrorEquals":["States.ALL"],"Next":"Rollback"}],"Branches":[
            {"StartAt":"Left","States":{"Left":{"Type":"Pass","End":true}}},
            {"StartAt":"Right","States":{"Right":{"Type":"Wait","Seconds":5,"Next":"RightDone"},"RightDone":{"Type":"Succeed"}}}]},
          "Each":{"Type":"Map","ItemsPath":"$.items","ItemProcessor":{"StartAt":"Item","States":{"Item":{"Type":"Pass","End":true}}},"Next":"Done"},
          "Rollback":{"Type":"Pass","Next":"Failed"},
          "Failed":{"Type":"Fail","Error":"Boom"},
          "Done":{"Type":"Succeed"}}}
        """;

    /// <summary>Prepare succeeds, Flaky fails twice and is retried, Create fails for good and its Catch runs Rollback; Finish is never reached.</summary>
    public static readonly string FailingCaught = """
        {"StartAt":"Prepare","States":{
          "Prepare":{"Type":"Pass","Next":"Flaky"},
          "Flaky":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:Flaky","Retry":[{"ErrorEquals":["Transient"],"IntervalSeconds":10,"MaxAttempts":3,"BackoffRate":1}],"Next":"Create"},
          "Create":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:Fail","Catch":[{"ErrorEquals":["States.ALL"],"Next":"Rollback"}],"Next":"Finish"},
          "Finish":{"Type":"Succeed"},
          "Rollback":{"Type":"Pass","Next":"ProvisioningFailed"},
          "ProvisioningFailed":{"Type":"Fail","Error":"ProvisioningFailed"}}}
        """;
}
