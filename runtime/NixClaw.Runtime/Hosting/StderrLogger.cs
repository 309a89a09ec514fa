using Microsoft.Extensions.Logging;

namespace NixClaw.Runtime.Hosting;

/// <summary>
/// A C# tool's <c>ToolContext.Logger</c> inside the sandbox: one line per message on stderr, which the gateway
/// captures (capped) and logs under the tool's name.
/// </summary>
internal sealed class StderrLogger(TextWriter error) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        error.WriteLine($"{logLevel}: {formatter(state, exception)}" + (exception is null ? "" : $" ({exception.GetType().Name}: {exception.Message})"));
    }
}
