using Microsoft.Extensions.Logging;

namespace NixClaw.Runtime.Gateway.Tests;

/// <summary>Keeps every formatted log line (warnings and above by default).</summary>
internal sealed class ListLogger(LogLevel minimum = LogLevel.Warning) : ILogger
{
    private readonly Lock _gate = new();
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_gate)
            {
                return [.. _lines];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= minimum;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            lock (_gate)
            {
                _lines.Add(formatter(state, exception));
            }
        }
    }
}
