using System.CommandLine;
using EksProvisioner.Aws;
using EksProvisioner.Cli.Api;
using EksProvisioner.Cli.Local;
using EksProvisioner.Core.Contract;
using EksProvisioner.Core.Time;
using EksProvisioner.Functions.Webhook;
using EksProvisioner.Triggers.Environments;
using EksProvisioner.Triggers.Webhook;

namespace EksProvisioner.Cli.Commands;

/// <summary>
/// <c>eksprov api --local [--port N] [--webhook-secret S] [--state-dir DIR]</c>: serves the environments
/// HTTP API (POST /environments, GET and DELETE /environments/{name}) on loopback with the webhook
/// function's own code, backed by the simulated account and the local engine, until Ctrl+C. Prints
/// <c>Listening on http://127.0.0.1:N</c> once ready. No secret, bad options or a taken port: exit 2.
/// </summary>
internal static class ApiCommand
{
    /// <summary>Where the secret comes from when <c>--webhook-secret</c> is not given.</summary>
    public const string SecretVariable = "EKSPROV_WEBHOOK_SECRET";

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
        var secret = new Option<string?>("--webhook-secret")
        {
            HelpName = "S",
            Description = $"The shared secret requests are signed with (default: ${SecretVariable}).",
        };
        var local = new LocalCommandOptions();
        var command = new Command("api", "Serve the environments HTTP API (the webhook) on a loopback port, like sam local start-api.") { port, secret };
        local.AddTo(command);
        command.SetAction((parse, cancellationToken) =>
            RunAsync(context, parse, local, parse.GetValue(port), parse.GetValue(secret), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, ParseResult parse, LocalCommandOptions local, int port, string? secret, CancellationToken cancellationToken)
    {
        // In AWS the deployed HTTP API is the server; only the local account needs one from us.
        if (!parse.GetValue(local.Local))
        {
            await context.Stderr.WriteLineAsync("eksprov: api serves the simulated account only: add --local (in AWS, call the deployed stack's ApiUrl).");
            return ExitCodes.Invalid;
        }

        secret = NonEmpty(secret) ?? NonEmpty(context.Environment(SecretVariable));
        if (secret is null)
        {
            await context.Stderr.WriteLineAsync(
                $"eksprov: no webhook secret: pass --webhook-secret S or set {SecretVariable}; senders sign requests with it (see src/product/EksProvisioner.Functions/Webhook/README.md).");
            return ExitCodes.Invalid;
        }

        if (await local.ReadAsync(context, parse, RequestDefaults.Region, cancellationToken) is not { } options)
        {
            return ExitCodes.Invalid;
        }

        JiraMapping jira;
        IReadOnlySet<string> deletable;
        var variable = WebhookHandler.JiraCustomFieldsVariable;
        try
        {
            jira = JiraMapping.Parse(context.Environment(variable));
            variable = WebhookHandler.DeletableEnvironmentsVariable;
            deletable = DeletableEnvironments.Parse(context.Environment(variable));
        }
        catch (FormatException e)
        {
            await context.Stderr.WriteLineAsync($"eksprov: {variable}: {e.Message}");
            return ExitCodes.Invalid;
        }

        using var stop = new Serving(cancellationToken);

        await using var account = await LocalAccount.StartAsync(options, stop.Token);
        using var factory = new AwsClientFactory(
            account.ClientOptions,
            context.Time,
            context.Random);
        var log = TextWriter.Synchronized(context.Stderr);
        var service = new WebhookService(
            new EnvironmentExecutions(factory.CreateStepFunctions(), account.Machines),
            new StaticWebhookSecret(secret),
            context.Time,
            jira,
            deletable);

        LocalApiServer server;
        try
        {
            server = await LocalApiServer.StartAsync(port, new WebhookFront(service, log), log, stop.Token);
        }
        catch (IOException e)
        {
            // Kestrel reports a port it cannot bind as an IOException.
            await context.Stderr.WriteLineAsync($"eksprov: cannot serve on 127.0.0.1:{port}: {e.Message}");
            return ExitCodes.Invalid;
        }

        await using (server)
        {
            await stop.UntilStoppedAsync(context, server.Endpoint);
        }

        return ExitCodes.Ok;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
