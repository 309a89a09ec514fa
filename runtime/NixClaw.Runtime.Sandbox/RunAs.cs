namespace NixClaw.Runtime.Sandbox;

/// <summary>
/// Starts sandbox tools as the unprivileged service user. The gateway already runs as that user, so it
/// needs nothing; a root process (tests, CI) switches with <c>setpriv</c>, which execs in place (no extra
/// process to outlive a kill) and resets the environment to the user's, as rootless Podman expects.
/// </summary>
internal sealed class RunAs
{
    private readonly string? _user;

    public RunAs(string? user)
    {
        if (user is not null && (user.Length == 0 || user.StartsWith('-') || user.Any(char.IsWhiteSpace)))
        {
            throw new ArgumentException($"'{user}' is not a user name.", nameof(user));
        }

        _user = user is not null && !string.Equals(user, Environment.UserName, StringComparison.Ordinal) ? user : null;
        if (_user is not null && Native.GetEffectiveUserId() != 0)
        {
            throw new ArgumentException($"Only root can run the sandbox as '{user}'; this process runs as '{Environment.UserName}'.", nameof(user));
        }
    }

    /// <summary>The user commands run as, or null for the current user.</summary>
    public string? User => _user;

    /// <summary>A start info for <paramref name="program"/> with <paramref name="arguments"/>, switched to the user when needed.</summary>
    public System.Diagnostics.ProcessStartInfo StartInfo(string program, IEnumerable<string> arguments)
    {
        var psi = new System.Diagnostics.ProcessStartInfo
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = "/",
        };
        if (_user is null)
        {
            psi.FileName = program;
        }
        else
        {
            psi.FileName = "setpriv";
            foreach (var a in (string[])["--reuid=" + _user, "--regid=" + PrimaryGroup(_user), "--init-groups", "--reset-env", "--", program])
            {
                psi.ArgumentList.Add(a);
            }
        }

        foreach (var a in arguments)
        {
            psi.ArgumentList.Add(a);
        }

        return psi;
    }

    // setpriv wants the group too; the user's primary gid is the fourth field of its passwd line.
    private static string PrimaryGroup(string user)
    {
        foreach (var line in File.ReadLines("/etc/passwd"))
        {
            var fields = line.Split(':');
            if (fields.Length > 3 && fields[0] == user)
            {
                return fields[3];
            }
        }

        throw new SandboxUnavailableException($"User '{user}' does not exist (no line in /etc/passwd).");
    }
}
