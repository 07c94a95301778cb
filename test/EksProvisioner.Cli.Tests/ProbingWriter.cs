using System.Text;

namespace EksProvisioner.Cli.Tests;

/// <summary>
/// Stands for a terminal that looks around each time a line is written: it runs the probe at every newline,
/// so a test sees what the command had done by that point of its run, without sleeping.
/// </summary>
internal sealed class ProbingWriter(Action probe) : TextWriter
{
    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        if (value == '\n')
        {
            probe();
        }
    }
}
