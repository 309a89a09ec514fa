#:project ../NixClaw.Fakes.Mattermost.csproj
#:property PublishAot=false
#:property JsonSerializerIsReflectionEnabledByDefault=true
// Local demo: a loopback Mattermost fake on a fixed port, with a human user and a bound channel.
// Run: dotnet run tests/support/NixClaw.Fakes.Mattermost/demo/mattermost-fake.cs -- [port]   (default 8065)
using System.Globalization;
using NixClaw.Fakes.Mattermost;

var port = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 8065;
await using var fake = await MattermostFake.StartAsync(new MattermostFakeOptions { Port = port, BotToken = "demo-bot-token" });
var alice = fake.AddUser("alice", token: "demo-alice-token");
var channel = fake.CreateChannel("general-ai", members: alice);

Console.WriteLine($"Mattermost fake at {fake.BaseUrl} (team '{fake.Team.Name}', channel '{channel.Name}' = {channel.Id})");
Console.WriteLine($"bot   @{fake.Bot.Username}: token demo-bot-token");
Console.WriteLine($"human @{alice.Username}: token demo-alice-token");
Console.WriteLine("Type a line to post it as @alice in general-ai; Ctrl+D to stop.");
while (Console.ReadLine() is { } line)
{
    if (line.Length > 0)
    {
        Console.WriteLine($"posted {await fake.PostAsUserAsync(alice, channel, line)}");
    }
}
