using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using EksProvisioner.Cli.Graphs;
using EksProvisioner.Cli.Local;
using Microsoft.AspNetCore.Http;

namespace EksProvisioner.Cli.WebConsole;

/// <summary>
/// The local console: a read-only page on loopback over a state directory. Every request reads the
/// directory afresh, as <c>list</c> and <c>history</c> do, without its lock (records are replaced whole), so the
/// console never keeps <c>up</c> or <c>down</c> from running; the page polls the JSON routes to follow a run.
/// Routes: <c>/</c> and <c>/assets/*</c> (embedded), <c>/api/environments</c>, <c>/api/environments/NAME</c>,
/// <c>/api/environments/NAME/executions/up|down</c>.
/// </summary>
internal sealed class ConsoleServer : IAsyncDisposable
{
    private LoopbackHost _host = null!;
    private readonly string _stateDir;

    private ConsoleServer(string stateDir)
    {
        _stateDir = stateDir;
    }

    /// <summary>The base address, such as http://127.0.0.1:50123.</summary>
    public Uri Endpoint => _host.Endpoint;

    /// <exception cref="IOException">The port cannot be bound.</exception>
    public static async Task<ConsoleServer> StartAsync(int port, string stateDir, CancellationToken cancellationToken)
    {
        var server = new ConsoleServer(stateDir);
        server._host = await LoopbackHost.StartAsync(port, server.HandleAsync, cancellationToken);
        return server;
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (!HttpMethods.IsGet(context.Request.Method))
        {
            await WriteAsync(context.Response, 405, "application/json", """{"message":"the console is read-only"}""");
            return;
        }

        var (status, type, body) = path == "/" ? Asset("index.html") : path.StartsWith("/assets/", StringComparison.Ordinal) ? Asset(path["/assets/".Length..]) : Api(path);
        context.Response.Headers.CacheControl = "no-store";
        await WriteAsync(context.Response, status, type, body);
    }

    private (int Status, string Type, string Body) Api(string path)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        if (parts.Length < 2 || parts[0] != "api" || parts[1] != "environments")
        {
            return NotFound("no such route");
        }

        var records = new EnvironmentRecords(_stateDir);
        var mayBeRunning = StateDirectoryLock.CurrentHolder(new StateLayout(_stateDir)) is not null;
        if (parts.Length == 2)
        {
            return Json(new JsonArray([.. records.All().Select(r => (JsonNode)EnvironmentView.Summary(records, r, mayBeRunning))]));
        }

        if (records.Load(parts[2]) is not { } record)
        {
            return NotFound($"no environment '{parts[2]}'");
        }

        if (parts.Length == 3)
        {
            return Json(EnvironmentView.Detail(records, record, mayBeRunning));
        }

        if (parts.Length == 5 && parts[3] == "executions" && parts[4] is "up" or "down" && records.History(record.Name, parts[4]) is { } history)
        {
            var definition = parts[4] == "down" ? Definitions.Teardown : Definitions.Provision;
            return Json(ExecutionView.Json(record.Name, parts[4], new RunPicture($"{record.Name} {parts[4]}", definition, history)));
        }

        return NotFound("no such execution");
    }

    private static (int, string, string) Json(JsonNode node) => (200, "application/json; charset=utf-8", node.ToJsonString(LocalJson.Options));

    private static (int, string, string) NotFound(string message) =>
        (404, "application/json; charset=utf-8", new JsonObject { ["message"] = message }.ToJsonString());

    private static (int, string, string) Asset(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("EksProvisioner.Cli.WebConsole." + name);
        if (stream is null)
        {
            return NotFound("no such file");
        }

        using var reader = new StreamReader(stream);
        var type = Path.GetExtension(name) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            _ => "application/octet-stream",
        };
        return (200, type, reader.ReadToEnd());
    }

    private static async Task WriteAsync(HttpResponse response, int status, string type, string body)
    {
        response.StatusCode = status;
        response.ContentType = type;
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(body));
    }
}
