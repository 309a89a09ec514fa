using System.Collections.Frozen;
using Microsoft.Extensions.Logging;
using NixClaw.Runtime.Gateway.State;

namespace NixClaw.Runtime.Gateway.Routing;

/// <summary>
/// Who may talk to the agents, decided by Mattermost user id: the declared <c>AllowFrom</c> and <c>Operators</c> user
/// names are resolved to ids at start and again every <see cref="RefreshInterval"/> (so a renamed or newly created
/// user is followed), and a post is allowed only when its <c>user_id</c> is one of them. The name a post shows
/// (<c>sender_name</c>, a webhook's <c>override_username</c>) is never looked at: anyone can choose it. Webhook posts
/// are refused outright when a list is declared: their <c>user_id</c> is the webhook's creator, not the writer.
/// With no <c>AllowFrom</c> everyone may talk (and webhook posts are allowed, as before).
/// </summary>
internal sealed partial class SenderAllowlist : IDisposable
{
    /// <summary>How often the names are resolved again.</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(5);

    /// <summary>How often while some name did not resolve (Mattermost was down at start, a user not created yet).</summary>
    public static readonly TimeSpan UnresolvedRefreshInterval = TimeSpan.FromSeconds(30);

    private readonly IReadOnlyList<string> _names;
    private readonly Func<string, CancellationToken, Task<string?>> _resolve;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private FrozenSet<string> _ids = FrozenSet<string>.Empty;
    private ITimer? _timer;

    /// <param name="allowFrom">Declared <c>AllowFrom</c> user names (with or without <c>@</c>); empty allows everyone.</param>
    /// <param name="operators">Declared operators, allowed too when <paramref name="allowFrom"/> is not empty.</param>
    /// <param name="resolveUserId">User name → id, null when there is no such user (<c>GET /users/username/{name}</c>).</param>
    /// <param name="logger">Unresolved names and failed refreshes are logged here.</param>
    public SenderAllowlist(
        IReadOnlyList<string> allowFrom, IReadOnlyList<string> operators, Func<string, CancellationToken, Task<string?>> resolveUserId, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(allowFrom);
        ArgumentNullException.ThrowIfNull(operators);
        AllowsEveryone = allowFrom.Count == 0;
        _names = AllowsEveryone
            ? []
            : [.. allowFrom.Concat(operators).Select(n => n.Trim().TrimStart('@').ToLowerInvariant()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal)];
        _resolve = resolveUserId;
        _logger = logger;
    }

    /// <summary>No <c>AllowFrom</c> is declared: every user may talk.</summary>
    public bool AllowsEveryone { get; }

    /// <summary>Declared names that did not resolve to a user at the last refresh.</summary>
    public IReadOnlyList<string> UnresolvedNames { get; private set; } = [];

    /// <summary>The user ids allowed now.</summary>
    public IReadOnlySet<string> UserIds => Volatile.Read(ref _ids);

    /// <summary>Whether <paramref name="post"/>'s author may trigger agents.</summary>
    public bool IsAllowed(InboundPost post)
    {
        ArgumentNullException.ThrowIfNull(post);
        return AllowsEveryone || (!post.FromWebhook && Volatile.Read(ref _ids).Contains(post.UserId));
    }

    /// <summary>Resolves every name again; a name that cannot be looked up keeps its previous id.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        if (AllowsEveryone)
        {
            return;
        }

        await _refreshing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var previous = Volatile.Read(ref _ids);
            var byName = _byName;
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var resolved = new Dictionary<string, string>(StringComparer.Ordinal);
            var unresolved = new List<string>();
            foreach (var name in _names)
            {
                string? id;
                try
                {
                    id = await _resolve(name, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    // Mattermost unreachable: keep what this name resolved to before (nothing, at the first try).
                    LogLookupFailed(name, ex.Message);
                    id = byName.GetValueOrDefault(name);
                }

                if (id is { Length: > 0 })
                {
                    ids.Add(id);
                    resolved[name] = id;
                }
                else
                {
                    unresolved.Add(name);
                }
            }

            if (unresolved.Count > 0 && !unresolved.SequenceEqual(UnresolvedNames))
            {
                LogUnresolved(string.Join(", ", unresolved));
            }

            _byName = resolved;
            UnresolvedNames = unresolved;
            var period = unresolved.Count > 0 ? UnresolvedRefreshInterval : RefreshInterval;
            _timer?.Change(period, period);
            Volatile.Write(ref _ids, ids.ToFrozenSet(StringComparer.Ordinal));
            if (!previous.SetEquals(ids))
            {
                LogResolved(ids.Count, _names.Count);
            }
        }
        finally
        {
            _refreshing.Release();
        }
    }

    /// <summary>Refreshes every <see cref="RefreshInterval"/> on <paramref name="time"/> until disposed.</summary>
    public void StartRefreshing(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        if (AllowsEveryone)
        {
            return;
        }

        var period = UnresolvedNames.Count > 0 ? UnresolvedRefreshInterval : RefreshInterval;
        _timer = time.CreateTimer(_ => _ = RefreshQuietlyAsync(), null, period, period);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _timer?.Dispose();
        _refreshing.Dispose();
    }

    private async Task RefreshQuietlyAsync()
    {
        try
        {
            await RefreshAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            // Stopped while refreshing.
        }
    }

    private Dictionary<string, string> _byName = new(StringComparer.Ordinal);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Allowed senders not found in Mattermost (their posts are refused until they exist): {Names}")]
    private partial void LogUnresolved(string names);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not look up allowed sender {Name}: {Reason}")]
    private partial void LogLookupFailed(string name, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Allowed senders: {Count} user id(s) for {Names} declared name(s)")]
    private partial void LogResolved(int count, int names);
}
