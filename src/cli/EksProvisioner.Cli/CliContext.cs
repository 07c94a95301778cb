using EksProvisioner.Core.Time;

namespace EksProvisioner.Cli;

/// <summary>
/// What every command needs from its host: where to write, which clock to read (for "now", waits and
/// retries), the randomizer of retry jitter (values in [0, 1)), and where environment variables come from
/// (AWS_REGION, AWS_ENDPOINT_URL, AWS_PROFILE...), so tests never touch the process environment, clock or randomness.
/// <see cref="Verbose"/> is --verbose: raw causes and stack traces for whoever debugs, never by default.
/// </summary>
internal sealed record CliContext(TextWriter Stdout, TextWriter Stderr, TimeProvider Time, Randomizer Random, bool Interactive, Func<string, string?> Environment, bool Verbose = false);
