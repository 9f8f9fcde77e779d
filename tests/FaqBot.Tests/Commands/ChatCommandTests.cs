namespace FaqBot.Tests.Commands;

public sealed class ChatCommandTests : IDisposable
{
    private readonly TestWorkspace workspace = new();

    [Fact]
    public async Task Holds_a_conversation_from_piped_input_reading_a_follow_up_in_context()
    {
        var input = "Can baclofen cause anxiety?\nwhat about side effects?\nexit\nWhat is baclofen?\n";

        var result = await FaqBotProcess.RunAsync(["--config", workspace.WriteSettings(), "chat"], workspace.Root, input);

        Assert.True(result.ExitCode == 0, result.ToString());
        var first = result.Stdout.IndexOf("> Can baclofen cause anxiety?", StringComparison.Ordinal);
        var second = result.Stdout.IndexOf("> what about side effects?", StringComparison.Ordinal);
        Assert.True(first > 0, result.Stdout);
        Assert.True(second > first, result.Stdout);
        Assert.Contains("Source: ", result.Stdout[first..second], StringComparison.Ordinal);
        var followUp = result.Stdout[second..];
        Assert.Single(followUp.Split('\n'), line => line.StartsWith("Showing results for:", StringComparison.Ordinal));
        Assert.Contains("baclofen", followUp.Split('\n')[1], StringComparison.OrdinalIgnoreCase);
        // "exit" ended the conversation: the question after it was never answered.
        Assert.DoesNotContain("> What is baclofen?", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ends_quietly_at_the_end_of_input()
    {
        var result = await FaqBotProcess.RunAsync(["--config", workspace.WriteSettings(), "chat"], workspace.Root, "hello\n");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("> hello", result.Stdout, StringComparison.Ordinal);
        Assert.Equal("", result.Stderr);
    }

    public void Dispose() => workspace.Dispose();
}
