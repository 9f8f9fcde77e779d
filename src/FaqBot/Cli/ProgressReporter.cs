using System.Diagnostics;

namespace FaqBot.Cli;

/// <summary>
/// Progress of a long run on stderr, at most a few times a second: rewritten in place on a terminal,
/// one line every few seconds when stderr goes to a file, so logs stay readable.
/// </summary>
internal sealed class ProgressReporter(TextWriter error)
{
    private static readonly TimeSpan TerminalInterval = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan FileInterval = TimeSpan.FromSeconds(5);

    private readonly bool terminal = !Console.IsErrorRedirected;
    private readonly Stopwatch sinceLast = Stopwatch.StartNew();
    private bool pending;

    /// <summary>A phase starting ("Loading knowledge from ..."): always shown.</summary>
    public void Phase(string message)
    {
        Finish();
        error.WriteLine(message);
    }

    /// <summary>Work done so far in the current phase; shown only when enough time has passed.</summary>
    public void Report(int done, int total, string unit)
    {
        if (sinceLast.Elapsed < (terminal ? TerminalInterval : FileInterval))
        {
            return;
        }

        sinceLast.Restart();
        var line = $"  {done:N0}/{total:N0} {unit} ({100.0 * done / Math.Max(total, 1):0}%)";
        if (terminal)
        {
            error.Write("\r" + line);
            pending = true;
        }
        else
        {
            error.WriteLine(line);
        }
    }

    /// <summary>Ends an in-place progress line so the next output starts on a fresh line.</summary>
    public void Finish()
    {
        if (pending)
        {
            error.WriteLine();
            pending = false;
        }
    }
}
