using NixClaw.Runtime.Files;

namespace NixClaw.Runtime.Mattermost;

/// <summary>Token providers for <see cref="MattermostClientOptions.TokenProvider"/>.</summary>
public static class MattermostTokens
{
    /// <summary>A fixed token (tests, demos).</summary>
    public static Func<CancellationToken, ValueTask<string>> FromValue(string token)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        return _ => ValueTask.FromResult(token);
    }

    /// <summary>
    /// Reads the token from a file (a sops secret such as <c>/run/secrets/mattermost-token</c>), trimmed; the file is
    /// read again when its modification time changes, so a rotated token is picked up without a restart.
    /// </summary>
    public static Func<CancellationToken, ValueTask<string>> FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var cache = new TokenFileCache(path);
        return cache.ReadAsync;
    }

    private sealed class TokenFileCache(string path)
    {
        private readonly Lock _gate = new();
        private DateTime _stamp;
        private string? _token;

        // Missing, empty, unreadable or special files are SecretFileException (an InvalidOperationException) naming
        // the path; the listener treats it as a failed connection attempt and retries.
        public ValueTask<string> ReadAsync(CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var stamp = File.GetLastWriteTimeUtc(path);
            lock (_gate)
            {
                if (_token is not null && stamp == _stamp)
                {
                    return ValueTask.FromResult(_token);
                }
            }

            var token = SecretFiles.Read(path, "Mattermost bot token");
            lock (_gate)
            {
                _token = token;
                _stamp = stamp;
            }

            return ValueTask.FromResult(token);
        }
    }
}
