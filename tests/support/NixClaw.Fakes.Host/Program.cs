using NixClaw.Fakes.Host;
using NixClaw.Fakes.Mattermost;
using NixClaw.Fakes.OpenAi;

DemoOptions options;
try
{
    options = DemoOptions.Parse(args);
}
catch (Exception ex) when (ex is ArgumentException or FormatException)
{
    Console.Error.WriteLine($"nixclaw-fakes: {ex.Message}");
    Console.Error.WriteLine(DemoOptions.Usage);
    return 2;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

await using var mattermost = await MattermostFake.StartAsync(new MattermostFakeOptions { Port = options.MattermostPort, BotUsername = options.Bot, TeamName = options.Team });
await using var model = await FakeOpenAiServer.StartAsync(new FakeOpenAiOptions { Port = options.OpenAiPort, EchoWhenUnscripted = true, MaxRecordedRequests = 100 });
var users = options.Users.Select(u => mattermost.AddUser(u)).ToArray();
var channels = options.Channels.Select(c => mattermost.CreateChannel(c, members: users)).ToArray();

await File.WriteAllTextAsync(options.TokenFile, mattermost.Bot.Token + "\n");
if (!OperatingSystem.IsWindows())
{
    File.SetUnixFileMode(options.TokenFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
}

Console.WriteLine($"Mattermost  {mattermost.BaseUrl} (team {options.Team}, bot @{options.Bot}, token in {options.TokenFile})");
Console.WriteLine($"OpenAI      {model.BaseUrl} (any model; answers \"echo: <message>\")");
Console.WriteLine($"Channels    {string.Join(", ", channels.Select(c => $"~{c.Name} ({c.Id})"))}");
foreach (var user in users)
{
    Console.WriteLine($"User        @{user.Username} token {user.Token}  (curl -H 'Authorization: Bearer {user.Token}' -d '{{\"channel_id\":\"<id>\",\"message\":\"hi\"}}' {mattermost.BaseUrl}api/v4/posts)");
}

Console.WriteLine("Ctrl+C stops.");
try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
    // Ctrl+C: dispose the fakes and exit.
}

return 0;
