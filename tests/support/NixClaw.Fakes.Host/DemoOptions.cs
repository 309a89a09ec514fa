using System.Globalization;

namespace NixClaw.Fakes.Host;

/// <summary>Command line of the demo host.</summary>
internal sealed record DemoOptions(int MattermostPort, int OpenAiPort, string Bot, string Team, IReadOnlyList<string> Channels, IReadOnlyList<string> Users, string TokenFile)
{
    public const string Usage = """
        nixclaw-fakes: the Mattermost and OpenAI-compatible fakes on loopback, for a local gateway demo.
          --mattermost-port <n>   Mattermost REST + WebSocket port (default 8065)
          --openai-port <n>       OpenAI-compatible port; base URL http://127.0.0.1:<n>/v1 (default 18066)
          --bot <name>            bot user name (default nixclaw)
          --team <name>           team name (default homelab)
          --channels <a,b,...>    channels to create with the bot and the users as members (default coder)
          --users <a,b,...>       human users; their tokens are printed (default alice)
          --token-file <path>     where to write the bot token (default ./mattermost-token)
        The model answers "echo: <last user message>" to every request.
        """;

    public static DemoOptions Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i < 0 ? fallback : i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{name} needs a value");
        }

        static IReadOnlyList<string> List(string text) => [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

        foreach (var arg in args.Where(a => a.StartsWith("--", StringComparison.Ordinal)))
        {
            if (arg is not ("--mattermost-port" or "--openai-port" or "--bot" or "--team" or "--channels" or "--users" or "--token-file"))
            {
                throw new ArgumentException($"unknown option {arg}");
            }
        }

        return new DemoOptions(
            int.Parse(Value("--mattermost-port", "8065"), CultureInfo.InvariantCulture),
            int.Parse(Value("--openai-port", "18066"), CultureInfo.InvariantCulture),
            Value("--bot", "nixclaw"),
            Value("--team", "homelab"),
            List(Value("--channels", "coder")),
            List(Value("--users", "alice")),
            Path.GetFullPath(Value("--token-file", "mattermost-token")));
    }
}
