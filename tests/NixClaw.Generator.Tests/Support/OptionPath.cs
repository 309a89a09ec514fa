namespace NixClaw.Generator.Tests.Support;

/// <summary>Turns a concrete attribute path into its option path: user, secret, disk and unit names become placeholders.</summary>
internal static class OptionPath
{
    private static readonly (string[] Prefix, string Placeholder)[] Names =
    [
        (["users", "users"], "<user>"),
        (["home-manager", "users"], "<user>"),
        (["sops", "secrets"], "<secret>"),
        (["sops", "templates"], "<template>"),
        (["disko", "devices", "disk"], "<disk>"),
        (["systemd", "user", "services"], "<unit>"),
        (["systemd", "user", "timers"], "<unit>"),
        (["home", "file"], "<file>"),
    ];

    public static string Normalise(string[] path)
    {
        var segments = path.ToArray();
        foreach (var (prefix, placeholder) in Names)
        {
            if (segments.Length > prefix.Length && segments.Take(prefix.Length).SequenceEqual(prefix))
            {
                segments[prefix.Length] = placeholder;
            }
        }

        // disko.devices.disk.<disk>.content.partitions.<partition>...
        if (segments.Length > 6 && segments[3] == "<disk>" && segments[4] == "content" && segments[5] == "partitions")
        {
            segments[6] = "<partition>";
        }

        return string.Join(".", segments);
    }
}
