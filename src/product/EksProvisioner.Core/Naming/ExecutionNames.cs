using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EksProvisioner.Core.Contract;
using EksProvisioner.Core.Contract.Rules;

namespace EksProvisioner.Core.Naming;

/// <summary>
/// Step Functions execution names, all of the form <c>&lt;environment&gt;_&lt;what&gt;</c>. Environment names
/// cannot contain '_', so the environment of any execution is the text before the first '_': that is how
/// status, list and the webhook find an environment's executions without a database. Names use only
/// A-Z a-z 0-9 - _ (what CloudWatch Logs accepts) and fit AWS's 80 characters.
/// </summary>
public static class ExecutionNames
{
    /// <summary>AWS's limit on execution names.</summary>
    public const int MaxLength = 80;

    private const char Separator = '_';

    /// <summary>A provisioning started by a person or a schedule at <paramref name="at"/>.</summary>
    public static string Up(string environment, DateTimeOffset at) => Join(environment, "up_" + Stamp(at));

    /// <summary>A teardown started by a person at <paramref name="at"/>.</summary>
    public static string Down(string environment, DateTimeOffset at) => Join(environment, "down_" + Stamp(at));

    /// <summary>
    /// The provisioning a ticket asks for: no time in it, so a ticket delivered twice names the same
    /// execution and Step Functions starts it once.
    /// </summary>
    public static string ForTicket(string environment, TicketSpec ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return Join(environment, ticket.System + "-" + ticket.Key);
    }

    /// <summary>
    /// A teardown a signed webhook request asked for, named by the first 16 hex digits of the SHA-256 of
    /// the request's signature (MAC bytes): a replay of that request names the same execution, which Step
    /// Functions starts at most once, across cold starts and concurrent instances.
    /// </summary>
    public static string SignedDown(string environment, ReadOnlySpan<byte> signature)
    {
        if (signature.IsEmpty)
        {
            throw new ArgumentException("A signed teardown needs the request's signature.", nameof(signature));
        }

        return Join(environment, "down_" + Convert.ToHexStringLower(SHA256.HashData(signature))[..16]);
    }

    /// <summary>
    /// True for a provisioning named by <see cref="ForTicket"/> (started through the webhook or a ticket
    /// event). Ticket systems contain no '_', so their name part has a '-' before any '_'; the timed names
    /// (up_, down_, reap_) have a '_' first.
    /// </summary>
    public static bool IsForTicket(string executionName)
    {
        if (EnvironmentOf(executionName) is not { } environment)
        {
            return false;
        }

        var what = executionName[(environment.Length + 1)..];
        var dash = what.IndexOf('-', StringComparison.Ordinal);
        var underscore = what.IndexOf(Separator, StringComparison.Ordinal);
        return dash > 0 && (underscore < 0 || dash < underscore);
    }

    /// <summary>The reaper's teardown for one expiry: a second pass over the same expiry names the same execution.</summary>
    public static string Reap(string environment, DateTimeOffset expiresAt) => Join(environment, "reap_" + Stamp(expiresAt));

    /// <summary>True for a valid environment name (what every name here starts with).</summary>
    public static bool IsEnvironmentName(string name) => AwsSyntax.EnvironmentName().IsMatch(name ?? "");

    /// <summary>The environment an execution belongs to, or null for a name not made here.</summary>
    public static string? EnvironmentOf(string executionName)
    {
        ArgumentNullException.ThrowIfNull(executionName);
        var at = executionName.IndexOf(Separator, StringComparison.Ordinal);
        return at > 0 && AwsSyntax.EnvironmentName().IsMatch(executionName[..at]) ? executionName[..at] : null;
    }

    private static string Join(string environment, string what)
    {
        ArgumentException.ThrowIfNullOrEmpty(environment);
        if (!AwsSyntax.EnvironmentName().IsMatch(environment))
        {
            throw new ArgumentException($"'{environment}' is not an environment name.", nameof(environment));
        }

        var name = environment + Separator + Sanitize(what);
        if (name.Length <= MaxLength)
        {
            return name;
        }

        // Too long (a long ticket key): keep a readable prefix and make it unique with a hash of the whole.
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..10];
        return name[..(MaxLength - hash.Length - 1)] + "-" + hash;
    }

    private static string Sanitize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-');
        }

        return builder.ToString();
    }

    private static string Stamp(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
}
