using System.Text;

namespace EksProvisioner.Cli.Tests;

/// <summary>
/// Captures output and completes <see cref="Line"/> with the first whole line that starts with a
/// prefix, so a test can wait for a server's "Listening on" line without sleeping.
/// </summary>
internal sealed class LineSignallingWriter(string prefix) : TextWriter
{
    private readonly StringBuilder _text = new();
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource<string> _line = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override Encoding Encoding => Encoding.UTF8;

    /// <summary>The first complete line starting with the prefix (without the newline).</summary>
    public Task<string> Line => _line.Task;

    // Every other TextWriter write funnels into Write(char).
    public override void Write(char value)
    {
        lock (_gate)
        {
            _text.Append(value);
            if (value != '\n' || _line.Task.IsCompleted)
            {
                return;
            }

            var lines = _text.ToString().Split('\n');
            var match = lines.Take(lines.Length - 1).Select(l => l.TrimEnd('\r')).FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal));
            if (match is not null)
            {
                _line.SetResult(match);
            }
        }
    }

    public override string ToString()
    {
        lock (_gate)
        {
            return _text.ToString();
        }
    }
}
