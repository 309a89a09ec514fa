using System.Text;
using System.Threading.Channels;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace NixClaw.Runtime.Gateway.Operations;

/// <summary>
/// Writes one JSON object per log line to a file (<c>{"time","level","category","message","event", state...,"exception"}</c>),
/// the shape <c>jq</c> and the <c>logs</c> verb read. The directory is created 0700 and the file 0600, like
/// OpenClaw's. Lines are queued and written by one background task so logging never blocks a turn on disk I/O.
/// Callers never pass secrets to the logger; this provider adds nothing beyond what it is given.
/// </summary>
public sealed class JsonLinesFileLoggerProvider : ILoggerProvider
{
    // A channel drained by an async loop rather than a BlockingCollection on a thread: the thread's semaphore spun
    // on every wake-up and cost ~10% of the gateway's CPU under load (docs/gateway.md, load benchmark).
    private readonly Channel<string> _lines = Channel.CreateBounded<string>(new BoundedChannelOptions(10_000)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    private readonly StreamWriter _writer;
    private readonly Task _pump;
    private readonly TimeProvider _time;
    private readonly LogLevel _minimum;

    public JsonLinesFileLoggerProvider(string path, LogLevel minimum = LogLevel.Information, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        _time = time ?? TimeProvider.System;
        _minimum = minimum;
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var fileOptions = new FileStreamOptions { Mode = FileMode.Append, Access = FileAccess.Write, Share = FileShare.ReadWrite };
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            if (!Directory.Exists(directory))
            {
                Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        var stream = new FileStream(path, fileOptions);
        _writer = new StreamWriter(stream, new UTF8Encoding(false)) { AutoFlush = false };
        _pump = Task.Run(PumpAsync);
    }

    /// <inheritdoc/>
    public ILogger CreateLogger(string categoryName) => new JsonLinesLogger(this, categoryName);

    /// <inheritdoc/>
    public void Dispose()
    {
        _lines.Writer.TryComplete();
        _pump.Wait(TimeSpan.FromSeconds(5));
        _writer.Dispose();
    }

    private async Task PumpAsync()
    {
        var reader = _lines.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (reader.TryRead(out var line))
            {
                _writer.Write(line);
                _writer.Write('\n');
            }

            // Flushed whenever the queue runs dry, so `logs -f` sees a line as soon as the gateway is idle.
            _writer.Flush();
        }
    }

    private void Write<TState>(string category, LogLevel level, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("time", _time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("level", level.ToString());
            json.WriteString("category", category);
            json.WriteString("message", formatter(state, exception));
            if (eventId.Name is { } name)
            {
                json.WriteString("event", name);
            }

            if (state is IReadOnlyList<KeyValuePair<string, object?>> properties)
            {
                foreach (var (key, value) in properties)
                {
                    if (key == "{OriginalFormat}" || key is "time" or "level" or "category" or "message" or "event" or "exception")
                    {
                        continue;
                    }

                    json.WritePropertyName(key);
                    switch (value)
                    {
                        case null:
                            json.WriteNullValue();
                            break;
                        case bool b:
                            json.WriteBooleanValue(b);
                            break;
                        case int or long or double or float or decimal:
                            json.WriteRawValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!);
                            break;
                        default:
                            json.WriteStringValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                            break;
                    }
                }
            }

            if (exception is not null)
            {
                json.WriteString("exception", exception.ToString());
            }

            json.WriteEndObject();
        }

        // A full queue (disk stalled) drops lines rather than stalling the gateway.
        _lines.Writer.TryWrite(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    private sealed class JsonLinesLogger(JsonLinesFileLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= provider._minimum && logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                provider.Write(category, logLevel, eventId, state, exception, formatter);
            }
        }
    }
}
