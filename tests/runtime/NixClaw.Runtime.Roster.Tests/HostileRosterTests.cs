using NixClaw.Json5;

namespace NixClaw.Runtime.Roster.Tests;

/// <summary>Issue 17: the roster refused nothing that JSON5 tolerates: duplicate keys (last wins) and invalid UTF-8 (U+FFFD).</summary>
public sealed class HostileRosterTests : IDisposable
{
    private readonly TempConfigDirectory _config = new();

    public void Dispose() => _config.Dispose();

    [Fact]
    public void A_duplicate_key_is_an_error_naming_both_lines()
    {
        File.WriteAllText(_config.AgentsPath, """
            {
              ownership: "explicit",
              entries: {
                main: { name: "Main", workspace: "/home/claw/workspaces/main" },
                main: { name: "Main", workspace: "/" },
              },
            }
            """);
        var result = RosterLoader.Load(_config.Options(), []);
        Assert.False(result.IsValid);
        var error = Assert.Single(result.Errors);
        Assert.Equal((_config.AgentsPath, 5), (error.File, error.Line));
        Assert.Contains("duplicate key \"main\" on lines 4 and 5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_keys_anywhere_in_bindings_are_refused_too()
    {
        File.WriteAllText(_config.BindingsPath, """
            [
              { agentId: "main", agentId: "other", match: { channel: "mattermost" } },
            ]
            """);
        var error = Assert.Single(RosterLoader.Load(_config.Options(), []).Errors);
        Assert.Contains("duplicate key \"agentId\" on lines 2 and 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_an_error_naming_the_byte_offset_not_a_silent_replacement()
    {
        var bytes = "{\n  ownership: \"explicit\",\n  entries: { main: { name: \"M"u8.ToArray()
            .Concat(new byte[] { 0xC3, 0x28 })
            .Concat("\" } },\n}\n"u8.ToArray())
            .ToArray();
        File.WriteAllBytes(_config.AgentsPath, bytes);
        var error = Assert.Single(RosterLoader.Load(_config.Options(), []).Errors);
        Assert.Contains("invalid UTF-8 at byte offset 56", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void An_edit_refuses_a_file_with_invalid_utf8()
    {
        File.WriteAllBytes(_config.AgentsPath, [.. "{ entries: { a: { name: \""u8, 0xFF, .. "\" } } }"u8]);
        var files = new RosterFiles(_config.Options(), []);
        var error = Assert.Throws<RosterEditException>(() => files.SetAgent("new-one", name: "New"));
        Assert.Contains("invalid UTF-8 at byte offset 25", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_json5_reader_keeps_last_wins_unless_asked()
    {
        Assert.Equal("b", Json5Reader.Parse("{k: 'a', k: 'b'}")["k"].GetString());
        var error = Assert.Throws<Json5Exception>(() => Json5Reader.Parse("{k: 'a',\nk: 'b'}", new Json5ReaderOptions { RejectDuplicateKeys = true }));
        Assert.Equal((2, "duplicate key \"k\" on lines 1 and 2"), (error.Line, error.Reason));
    }
}
