namespace FaqBot.Cli;

/// <summary>The process exit codes of the commands.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command ran but could not finish (e.g. no article could be loaded).</summary>
    public const int Failure = 1;

    /// <summary>A bad argument or a missing input file.</summary>
    public const int Usage = 2;
}
