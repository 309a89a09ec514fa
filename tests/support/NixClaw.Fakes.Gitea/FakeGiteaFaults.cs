namespace NixClaw.Fakes.Gitea;

/// <summary>
/// Failure controls of the fake. All members are thread-safe; they apply to the next request that arrives.
/// To make the server unreachable (connection refused) stop it with <see cref="FakeGiteaServer.StopAsync"/>.
/// </summary>
public sealed class FakeGiteaFaults
{
    private readonly Lock _lock = new();
    private readonly List<Rule> _rules = [];
    private volatile bool _unavailable;
    private volatile PushRejection _pushRejection;

    /// <summary>When set, every request (API and git) is answered 503.</summary>
    public bool Unavailable
    {
        get => _unavailable;
        set => _unavailable = value;
    }

    /// <summary>How pushes are refused, if at all.</summary>
    public PushRejection PushRejection
    {
        get => _pushRejection;
        set => _pushRejection = value;
    }

    /// <summary>Answers the <paramref name="n"/>-th request from now (1 = the next one) with <paramref name="statusCode"/>.</summary>
    public void FailNthRequest(int n, int statusCode = 500)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        lock (_lock)
        {
            _rules.Add(new Rule(_ => true, statusCode, Skip: n - 1, Times: 1));
        }
    }

    /// <summary>Answers the next <paramref name="times"/> requests matching <paramref name="match"/> (method, path) with <paramref name="statusCode"/>.</summary>
    public void FailMatching(Func<string, string, bool> match, int statusCode = 500, int times = 1)
    {
        ArgumentNullException.ThrowIfNull(match);
        lock (_lock)
        {
            _rules.Add(new Rule(r => match(r.Method, r.Path), statusCode, Skip: 0, Times: times));
        }
    }

    /// <summary>Removes every rule and switch.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _rules.Clear();
        }

        _unavailable = false;
        _pushRejection = PushRejection.None;
    }

    /// <summary>The status to fail this request with, or null to serve it.</summary>
    internal int? Check(string method, string path)
    {
        if (_unavailable)
        {
            return 503;
        }

        lock (_lock)
        {
            int? result = null;
            for (var i = 0; i < _rules.Count; i++)
            {
                var rule = _rules[i];
                if (!rule.Match((method, path)))
                {
                    continue;
                }

                if (rule.Skip > 0)
                {
                    _rules[i] = rule with { Skip = rule.Skip - 1 };
                    continue;
                }

                result ??= rule.StatusCode;
                _rules[i] = rule with { Times = rule.Times - 1 };
            }

            _rules.RemoveAll(r => r.Times <= 0);
            return result;
        }
    }

    private sealed record Rule(Func<(string Method, string Path), bool> Match, int StatusCode, int Skip, int Times);
}
