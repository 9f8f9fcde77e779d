namespace FaqBot.Cli;

/// <summary>A command that could not finish for a reason the user can act on; reported in one line, exit code 1.</summary>
internal sealed class CommandFailedException(string message, Exception? inner = null) : Exception(message, inner);
