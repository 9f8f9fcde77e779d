namespace FaqBot.Cli;

/// <summary>A bad command line or a missing input file: reported in one line with the usage, exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
