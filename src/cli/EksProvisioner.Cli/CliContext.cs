namespace EksProvisioner.Cli;

/// <summary>
/// What every command needs from its host: where to write, which clock to read, and where environment
/// variables come from (AWS_REGION, AWS_ENDPOINT_URL, AWS_PROFILE...), so tests never touch the process environment.
/// </summary>
internal sealed record CliContext(TextWriter Stdout, TextWriter Stderr, TimeProvider Time, bool Interactive, Func<string, string?> Environment);
