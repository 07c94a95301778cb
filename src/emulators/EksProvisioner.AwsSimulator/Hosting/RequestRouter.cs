using System.Text;
using EksProvisioner.AwsSimulator.Contracts;
using EksProvisioner.AwsSimulator.Wire;
using EksProvisioner.Core.Time;
using Microsoft.AspNetCore.Http;
using EksProvisioner.StepFunctionsLocal.Time;

namespace EksProvisioner.AwsSimulator.Hosting;

/// <summary>
/// Turns an HTTP request into a <see cref="SimulatedRequest"/> for the service its credential scope
/// names, applies fault rules first, and writes the service's answer back.
/// </summary>
internal sealed class RequestRouter(SimulatorAccount account, ControlPlane controlPlane)
{
    public async Task HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var rawPath = HttpRequestReader.RawPath(context);
        if (rawPath.StartsWith("/_simulator/", StringComparison.Ordinal))
        {
            await controlPlane.HandleAsync(context, rawPath, cancellationToken);
            return;
        }

        var body = await HttpRequestReader.BodyAsync(context.Request, cancellationToken);
        var headers = HttpRequestReader.Headers(context.Request);
        var query = HttpRequestReader.Query(context.Request);
        var form = HttpRequestReader.Form(context.Request, query, body);
        var (serviceName, region) = ServiceResolver.Resolve(headers, form, rawPath);
        var request = new SimulatedRequest(
            serviceName, region, account.AccountId, context.Request.Method, rawPath, query, headers, body, form, account.NextRequestId());
        var operation = ServiceResolver.Operation(request);

        var service = account.Find(serviceName);
        if (service is null)
        {
            await WriteAsync(context, ErrorResponses.For(serviceName, "UnknownService", 400, $"The simulator has no service '{serviceName}'.", request.RequestId));
            return;
        }

        var fault = await account.RunAsync(() => account.Faults.Decide(serviceName, operation), mutates: false, cancellationToken);
        if (fault.Latency > TimeSpan.Zero)
        {
            await DelayAsync(fault.Latency, cancellationToken);
        }

        if (fault.Error is { } error)
        {
            var message = error.Message ?? $"Injected fault: {error.Code}";
            await WriteAsync(context, ErrorResponses.For(serviceName, error.Code, error.Status, message, request.RequestId));
            return;
        }

        if (fault.FailUpdate is not null)
        {
            request = request with { FailUpdate = fault.FailUpdate };
        }

        var response = await account.RunAsync(() => Dispatch(service, request), ServiceResolver.Mutates(operation), cancellationToken);
        await WriteAsync(context, response);
    }

    private static SimulatedResponse Dispatch(ISimulatedService service, SimulatedRequest request)
    {
        try
        {
            return service.Handle(request);
        }
        catch (ServiceError error)
        {
            return ErrorResponses.For(request.Service, error.Code, error.Status, error.Message, request.RequestId);
        }
        catch (Exception error) when (error is InvalidOperationException or ArgumentException or FormatException or KeyNotFoundException)
        {
            // A simulator bug, not an AWS answer: reported as AWS reports its own failures (500), with
            // the exception in the message so the caller sees it instead of an empty 500.
            return ErrorResponses.For(request.Service, "InternalFailure", 500, $"Simulator failure in {request.Service}: {error.GetType().Name}: {error.Message}", request.RequestId);
        }
    }

    /// <summary>
    /// Injected latency passes on the simulated clock: a virtual clock jumps (the caller sees the time
    /// move), a realtime clock waits.
    /// </summary>
    private async Task DelayAsync(TimeSpan latency, CancellationToken cancellationToken)
    {
        if (account.Clock is VirtualClock virtualClock)
        {
            virtualClock.Advance(latency);
            return;
        }

        await Task.Delay(latency, account.Clock, cancellationToken);
    }

    internal static async Task WriteAsync(HttpContext context, SimulatedResponse response)
    {
        context.Response.StatusCode = response.StatusCode;
        context.Response.ContentType = response.ContentType;
        if (response.Headers is not null)
        {
            foreach (var (name, value) in response.Headers)
            {
                context.Response.Headers[name] = value;
            }
        }

        var bytes = Encoding.UTF8.GetBytes(response.Body);
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }
}
