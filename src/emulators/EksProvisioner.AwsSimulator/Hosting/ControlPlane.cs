using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EksProvisioner.AwsSimulator.Contracts;
using EksProvisioner.AwsSimulator.Faults;
using EksProvisioner.Core.Time;
using Microsoft.AspNetCore.Http;
using EksProvisioner.StepFunctionsLocal.Time;

namespace EksProvisioner.AwsSimulator.Hosting;

/// <summary>
/// The <c>/_simulator/</c> inspection and control API: resources, clock, faults, reset. Answers are
/// JSON; errors are <c>{"message": ...}</c> with a 4xx status.
/// </summary>
internal sealed class ControlPlane(SimulatorAccount account)
{
    public async Task HandleAsync(HttpContext context, string path, CancellationToken cancellationToken)
    {
        var method = context.Request.Method;
        var route = path["/_simulator/".Length..].TrimEnd('/');
        var response = (method, route) switch
        {
            ("GET", "resources") => await ResourcesAsync(context.Request.Query["tag"].ToString(), cancellationToken),
            ("GET", "clock") => Json(200, ClockJson()),
            ("POST", "clock/advance") => await AdvanceAsync(context.Request, cancellationToken),
            ("GET", "faults") => new SimulatedResponse(200, "application/json", account.Faults.Rules.ToJson()),
            ("PUT", "faults") => await SetFaultsAsync(context.Request, cancellationToken),
            ("POST", "reset") => await account.RunAsync(() => { account.ResetUnlocked(); return Json(200, ClockJson()); }, mutates: true, cancellationToken),
            _ => Error(404, $"no simulator endpoint {method} /_simulator/{route}"),
        };
        await RequestRouter.WriteAsync(context, response);
    }

    private async Task<SimulatedResponse> ResourcesAsync(string tag, CancellationToken cancellationToken)
    {
        string? key = null;
        string? value = null;
        if (!string.IsNullOrEmpty(tag))
        {
            var eq = tag.IndexOf('=', StringComparison.Ordinal);
            key = eq < 0 ? tag : tag[..eq];
            value = eq < 0 ? null : tag[(eq + 1)..];
        }

        var resources = await account.RunAsync(account.ResourcesUnlocked, mutates: false, cancellationToken);
        var list = new JsonArray();
        foreach (var resource in resources)
        {
            if (key is not null && !(resource.Tags.TryGetValue(key, out var actual) && (value is null || actual == value)))
            {
                continue;
            }

            list.Add(ToJson(resource));
        }

        return Json(200, new JsonObject { ["resources"] = list });
    }

    private async Task<SimulatedResponse> AdvanceAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (account.Clock is not VirtualClock virtualClock)
        {
            return Error(409, "the clock follows the wall clock (realtime mode); it cannot be advanced");
        }

        double seconds;
        try
        {
            var body = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken);
            seconds = body?["seconds"]?.GetValue<double>() ?? throw new JsonException("missing 'seconds'");
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException or FormatException)
        {
            return Error(400, "expected {\"seconds\": N}: " + error.Message);
        }

        if (seconds < 0 || double.IsNaN(seconds) || double.IsInfinity(seconds))
        {
            return Error(400, "'seconds' must be a finite number >= 0");
        }

        // Advancing fires the shared clock's timers (the local engine's waits), whose continuations may
        // call the account, so it happens outside the account lock. Service transitions are computed
        // from timestamps on the next access. Saved so that a persisted account keeps its time.
        virtualClock.Advance(TimeSpan.FromSeconds(seconds));
        return await account.RunAsync(() => Json(200, ClockJson()), mutates: true, cancellationToken);
    }

    private async Task<SimulatedResponse> SetFaultsAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        FaultRules rules;
        try
        {
            rules = FaultRules.Parse(await reader.ReadToEndAsync(cancellationToken));
        }
        catch (JsonException error)
        {
            return Error(400, "invalid fault rules: " + error.Message);
        }

        return await account.RunAsync(
            () =>
            {
                account.Faults.Set(rules);
                return new SimulatedResponse(200, "application/json", rules.ToJson());
            },
            mutates: false,
            cancellationToken);
    }

    private JsonObject ClockJson() => new()
    {
        ["now"] = account.Clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
        ["mode"] = account.Clock is VirtualClock ? "virtual" : "realtime",
    };

    private static JsonObject ToJson(SimulatedResource resource)
    {
        var tags = new JsonObject();
        foreach (var (k, v) in resource.Tags)
        {
            tags[k] = v;
        }

        return new JsonObject
        {
            ["service"] = resource.Service,
            ["type"] = resource.Type,
            ["id"] = resource.Id,
            ["state"] = resource.State,
            ["tags"] = tags,
        };
    }

    private static SimulatedResponse Json(int status, JsonNode body) => new(status, "application/json", body.ToJsonString());

    private static SimulatedResponse Error(int status, string message) => Json(status, new JsonObject { ["message"] = message });
}
