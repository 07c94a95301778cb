using System.CommandLine;
using System.Runtime.InteropServices;
using EksProvisioner.AwsSimulator;
using EksProvisioner.AwsSimulator.States;
using EksProvisioner.Cli.Local;
using EksProvisioner.Core.Time;
using EksProvisioner.StepFunctionsLocal;
using EksProvisioner.StepFunctionsLocal.Api;
using EksProvisioner.StepFunctionsLocal.Mocks;
using EksProvisioner.StepFunctionsLocal.Time;

namespace EksProvisioner.Cli.Commands;

/// <summary>
/// <c>eksprov simulator [--port N] [--latency-model FILE] [--faults FILE] [--clock MODE] [--state-dir DIR]
/// [--mock-config FILE]</c>: serves the simulated AWS account, with the local Step Functions API mounted,
/// until Ctrl+C. Prints <c>Listening on http://127.0.0.1:N</c> once ready. Bad options or files: exit 2.
/// </summary>
internal static class SimulatorCommand
{
    /// <summary>Where Step Functions Local reads its mock config from when no option names one.</summary>
    public const string MockConfigVariable = "SFN_MOCK_CONFIG";

    public static Command Create(CliContext context)
    {
        var port = new Option<int>("--port") { HelpName = "N", Description = "Loopback port; 0 (default) picks a free one." };
        port.Validators.Add(r =>
        {
            if (r.GetValue(port) is < 0 or > 65535)
            {
                r.AddError("--port must be between 0 and 65535.");
            }
        });
        var latency = new Option<string?>("--latency-model") { HelpName = "FILE", Description = "JSON file overriding transition durations (clusterCreateSeconds, ...)." };
        var faults = new Option<string?>("--faults") { HelpName = "FILE", Description = "JSON file of fault injection rules ({\"rules\": [...]})." };
        var clock = new Option<string>("--clock")
        {
            HelpName = "virtual|realtime[:FACTOR]",
            Description = "virtual (default: time moves only when told or when executions wait) or realtime[:FACTOR].",
            DefaultValueFactory = _ => "virtual",
        };
        var stateDir = new Option<string?>("--state-dir") { HelpName = "DIR", Description = "State directory, the same layout as up --state-dir DIR --local (the account in DIR/account), held locked while serving." };
        var mockConfig = new Option<string?>("--mock-config")
        {
            HelpName = "FILE",
            Description = $"Step Functions Local MockConfigFile for executions started as stateMachineArn#TestCase (default: ${MockConfigVariable}).",
        };

        var command = new Command("simulator", "Serve a simulated AWS account (EC2, IAM, STS, EKS, Step Functions) on a loopback port until Ctrl+C.")
        {
            port, latency, faults, clock, stateDir, mockConfig,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var request = new SimulatorRequest(
                parse.GetValue(port),
                parse.GetValue(latency),
                parse.GetValue(faults),
                parse.GetValue(clock)!,
                parse.GetValue(stateDir),
                parse.GetValue(mockConfig) ?? NonEmpty(context.Environment(MockConfigVariable)));
            return RunAsync(context, request, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, SimulatorRequest request, CancellationToken cancellationToken)
    {
        var options = await BuildOptionsAsync(context, request, cancellationToken);
        if (options is null)
        {
            return ExitCodes.Invalid;
        }

        // The same directory layout and lock as every other command: the account lives in DIR/account.
        using var held = request.StateDirectory is { } dir
            ? await StateDirectoryLock.OpenAsync(new StateLayout(dir), LocalCommandOptions.LockFor(context, "simulator"), cancellationToken)
            : null;
        options = options with { StateDirectory = request.StateDirectory is { } root ? new StateLayout(root).AccountDirectory : null };

        // The simulator's web host installs its own Ctrl+C/SIGTERM handling, which swallows the signal without
        // cancelling this command; stop on the signal here instead (and say the signal was handled).
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        try
        {
            await AwsSimulator.AwsSimulator.RunAsync(options, context.Stdout, stop.Token);
        }
        catch (IOException e)
        {
            // Kestrel reports a port it cannot bind as an IOException.
            await context.Stderr.WriteLineAsync($"eksprov: cannot serve on 127.0.0.1:{request.Port}: {e.Message}");
            return ExitCodes.Invalid;
        }

        return ExitCodes.Ok;

        void OnSignal(PosixSignalContext signal)
        {
            signal.Cancel = true;
            stop.Cancel();
        }
    }

    /// <summary>The host options, or null after reporting every problem with the request on stderr.</summary>
    private static async Task<SimulatorHostOptions?> BuildOptionsAsync(CliContext context, SimulatorRequest request, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        ClockMode? mode = null;
        try
        {
            mode = ClockMode.Parse(request.Clock);
        }
        catch (FormatException e)
        {
            problems.Add("eksprov: --clock: " + e.Message);
        }

        if (request.LatencyModelFile is { } latencyFile && await SimulatorFiles.CheckLatencyModelAsync(latencyFile, context.Stderr, cancellationToken) is { } latencyProblem)
        {
            problems.Add(latencyProblem);
        }

        if (request.FaultsFile is { } faultsFile && await SimulatorFiles.CheckFaultsAsync(faultsFile, context.Stderr, cancellationToken) is { } faultsProblem)
        {
            problems.Add(faultsProblem);
        }

        MockConfig? mocks = null;
        if (request.MockConfigFile is { } mockFile)
        {
            (mocks, var mockProblem) = await SimulatorFiles.ReadMockConfigAsync(mockFile, context.Stderr, cancellationToken);
            if (mockProblem is not null)
            {
                problems.Add(mockProblem);
            }
            else if (mode is { Realtime: true })
            {
                problems.Add("eksprov: --mock-config needs --clock virtual: the local Step Functions engine runs on the virtual clock");
            }
        }

        if (request.StateDirectory is { } dir && File.Exists(dir))
        {
            problems.Add($"eksprov: --state-dir '{dir}' is a file; give a directory");
        }

        // Unreadable files were already reported by RequestFile (their problem is empty here).
        foreach (var problem in problems.Where(p => p.Length > 0))
        {
            await context.Stderr.WriteLineAsync(problem);
        }

        if (problems.Count > 0 || mode is null)
        {
            return null;
        }

        if (mode.Realtime)
        {
            await context.Stderr.WriteLineAsync("eksprov: note: the Step Functions API is not served with --clock realtime (the local engine runs on the virtual clock)");
        }

        return new SimulatorHostOptions
        {
            Port = request.Port,
            LatencyModelFile = request.LatencyModelFile,
            FaultsFile = request.FaultsFile,
            Clock = mode,
            StateDirectory = request.StateDirectory,
            Services = mode.Realtime ? [] : [service => StepFunctions(service, mocks, context.Random)],
            WallClock = context.Time,
        };
    }

    private static AwsSimulator.Contracts.ISimulatedService StepFunctions(SimulatorServiceContext service, MockConfig? mocks, Randomizer random)
    {
        var clock = service.Clock as VirtualClock
            ?? throw new InvalidOperationException("the Step Functions engine is only mounted on a virtual clock");
        var engine = new StepFunctionsEngine(clock, random, new StepFunctionsEngineOptions { AccountId = service.AccountId, MockConfig = mocks });
        return StepFunctionsService.Create(new StepFunctionsApi(engine));
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private sealed record SimulatorRequest(int Port, string? LatencyModelFile, string? FaultsFile, string Clock, string? StateDirectory, string? MockConfigFile);
}
