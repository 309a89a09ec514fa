using LibGit2Sharp;

namespace NixClaw.Runtime.Workspaces.Git;

/// <summary>
/// Process-wide libgit2 settings for sync: no configuration file but the repository's own (which lives in the
/// service's state folder) is ever read. The global (<c>~/.gitconfig</c>), XDG (<c>~/.config/git/config</c>), system
/// (<c>/etc/gitconfig</c>) and ProgramData search paths are emptied, so an <c>url.*.insteadOf</c>,
/// <c>include.path</c>, <c>core.hooksPath</c>, <c>core.fsmonitor</c> or <c>credential.helper</c> anywhere else cannot
/// change what sync does.
/// </summary>
/// <remarks>
/// libgit2 itself never runs hooks, fsmonitor commands, credential helpers or external filter drivers
/// (<c>filter.*.clean</c>/<c>smudge</c>); it only applies its built-in filters (CRLF, ident), and only to the
/// agent's own content. Tests in <c>SyncAttackTests</c> plant each of these and check nothing runs.
/// </remarks>
internal static class GitEnvironment
{
    private static readonly Lazy<bool> s_hardened = new(() =>
    {
        foreach (var level in new[] { ConfigurationLevel.Global, ConfigurationLevel.Xdg, ConfigurationLevel.System, ConfigurationLevel.ProgramData })
        {
            GlobalSettings.SetConfigSearchPaths(level, []);
        }

        return true;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Applies the settings once; called before any repository is opened, created or cloned.</summary>
    public static void Harden() => _ = s_hardened.Value;
}
