namespace EksProvisioner.Cli;

/// <summary>What every command needs from its host: where to write, and which clock to read.</summary>
internal sealed record CliContext(TextWriter Stdout, TextWriter Stderr, TimeProvider Time, bool Interactive);
