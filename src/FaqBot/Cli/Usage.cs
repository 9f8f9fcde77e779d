namespace FaqBot.Cli;

/// <summary>The usage text, printed by <c>faqbot help</c> and after every usage error.</summary>
internal static class Usage
{
    public const string Text = """
        Usage: faqbot [--config FILE] [--knowledge DIR] [COMMAND [ARGS]]

        With no command, starts the bot server on http://localhost:3978
        (change with --urls URL, ASPNETCORE_URLS or Urls in appsettings.json).

        Commands:
          ask [--json] [--explain] [--locale LOCALE] QUESTION
                                  answer one question and exit
          chat [--locale LOCALE]  a conversation in the terminal; 'exit' or Ctrl-D ends it
          eval FILE [--json]      retrieval and answer metrics over a question set (JSON Lines)
          bench [--knowledge DIR] [--queries FILE] [--rounds N] [--json]
                                  load, index and query timings and index memory
          report [--top N] [--json]
                                  top unanswered questions and helpful/unhelpful votes per article
          teams-package --app-id ID [--name NAME] [--version X.Y.Z] [--developer NAME]
                        [--website URL] --out FILE.zip
                                  write a Teams app package for sideloading
          help                    show this text

        Options for every command:
          --config FILE           settings file (default: appsettings.json found searching upward
                                  from the current folder, then from the program's folder)
          --knowledge DIR         folder of curated articles (overrides Knowledge:Path)

        """;
}
