using Microsoft.Extensions.Logging;

namespace NixClaw.Runtime.Gateway.Terminal;

/// <summary>One line per log entry (<c>warning: ...</c>) on a writer: the chat's standard error, away from the replies.</summary>
internal sealed class TextWriterLoggerProvider(TextWriter writer) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Logger(writer);

    public void Dispose()
    {
    }

    private sealed class Logger(TextWriter writer) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var level = logLevel >= LogLevel.Error ? "error" : logLevel == LogLevel.Warning ? "warning" : "info";
            lock (writer)
            {
                writer.WriteLine($"{level}: {formatter(state, exception).ReplaceLineEndings(" ")}");
            }
        }
    }
}
