namespace FaqBot.Tests.Commands;

/// <summary>How a <c>faqbot</c> process ended and what it printed.</summary>
internal sealed record ProcessResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
}
