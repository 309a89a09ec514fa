using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using NixClaw.Runtime.Files;

namespace NixClaw.Runtime.Gateway.Operations;

/// <summary>
/// Writes one JSON object per log line to a file (<c>{"time","level","category","message","event", state...,"exception"}</c>),
/// the shape <c>jq</c> and the <c>logs</c> verb read. The directory is created 0700 and the file 0600, like
/// OpenClaw's, through <see cref="PrivateFiles"/>: a folder of another user or writable by others is refused, and
/// the file is never opened through a link (nobody can point the log at a file of theirs, or read it). Lines are queued and written by one background task so logging never blocks a turn on disk I/O.
/// The file is rotated by size (<c>gateway.log</c> → <c>gateway.log.1</c> → … up to <c>archives</c> old files), so a
/// gateway that runs for months cannot fill the disk; <c>logs -f</c> follows the new file.
/// Callers never pass secrets to the logger; this provider adds nothing beyond what it is given.
/// </summary>
internal sealed class JsonLinesFileLoggerProvider : ILoggerProvider
{
    // A channel drained by an async loop rather than a BlockingCollection on a thread: the thread's semaphore spins
    // on every wake-up, which costs CPU on every log line under load.
    private readonly Channel<byte[]> _lines = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(10_000)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    private readonly string _path;
    private readonly long _maxFileBytes;
    private readonly int _archives;
    private readonly Task _pump;
    private readonly TimeProvider _time;
    private readonly LogLevel _minimum;
    // Each thread formats its lines in one reused buffer: a fresh MemoryStream, writer and string per line were
    // ~5 KB of garbage per message under load, a share of the GC pauses in the latency tail.
    [ThreadStatic]
    private static LineBuffer? t_buffer;

    private FileStream _writer;
    private long _fileBytes;

    /// <param name="path">The log file.</param>
    /// <param name="minimum">Lowest level written.</param>
    /// <param name="time">Clock for the <c>time</c> field.</param>
    /// <param name="maxFileBytes">Size at which the file is rotated (default 50 MB).</param>
    /// <param name="archives">Rotated files kept (<c>.1</c> newest); older ones are deleted (default 3).</param>
    public JsonLinesFileLoggerProvider(string path, LogLevel minimum = LogLevel.Information, TimeProvider? time = null, long maxFileBytes = 50L * 1024 * 1024, int archives = 3)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFileBytes, 1024);
        ArgumentOutOfRangeException.ThrowIfNegative(archives);
        _path = path;
        _maxFileBytes = maxFileBytes;
        _archives = archives;
        _time = time ?? TimeProvider.System;
        _minimum = minimum;
        _writer = Open(path, out _fileBytes);
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
                _fileBytes += line.Length;
                if (_fileBytes >= _maxFileBytes)
                {
                    Rotate();
                }
            }

            // Flushed whenever the queue runs dry, so `logs -f` sees a line as soon as the gateway is idle.
            _writer.Flush();
        }
    }

    private static FileStream Open(string path, out long length)
    {
        var handle = PrivateFiles.OpenAppend(path);
        var stream = new FileStream(handle, FileAccess.Write);
        length = stream.Length;
        stream.Seek(0, SeekOrigin.End);
        return stream;
    }

    // gateway.log.(N-1) → .N (the oldest is dropped), …, gateway.log → .1, then a fresh gateway.log. A failed
    // rename (disk full, permissions) keeps writing to the current file rather than losing lines.
    private void Rotate()
    {
        _writer.Flush();
        try
        {
            if (_archives == 0)
            {
                File.Delete(_path);
            }
            else
            {
                File.Delete(_path + "." + _archives);
                for (var i = _archives - 1; i >= 1; i--)
                {
                    if (File.Exists(_path + "." + i))
                    {
                        File.Move(_path + "." + i, _path + "." + (i + 1));
                    }
                }

                File.Move(_path, _path + ".1");
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _fileBytes = 0;
            return;
        }

        _writer.Dispose();
        _writer = Open(_path, out _fileBytes);
    }

    private void Write<TState>(string category, LogLevel level, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var buffer = t_buffer ??= new LineBuffer();
        var json = buffer.Start();
        json.WriteStartObject();
        json.WriteString("time", _time.GetUtcNow());
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

        // A full queue (disk stalled) drops lines rather than stalling the gateway.
        _lines.Writer.TryWrite(buffer.Line());
        if (buffer.IsOversized)
        {
            t_buffer = null;
        }
    }

    // One thread's line buffer. Logs are not HTML: the relaxed encoder leaves '+', '<', '&' and non-ASCII text
    // readable and escapes only what JSON requires.
    private sealed class LineBuffer
    {
        private static readonly JsonWriterOptions s_options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        private readonly ArrayBufferWriter<byte> _bytes = new(1024);
        private readonly Utf8JsonWriter _json;

        public LineBuffer() => _json = new Utf8JsonWriter(_bytes, s_options);

        // A line with a long exception grew the buffer: let it go rather than keep it for the thread's lifetime.
        public bool IsOversized => _bytes.Capacity > 64 * 1024;

        public Utf8JsonWriter Start()
        {
            _bytes.ResetWrittenCount();
            _json.Reset(_bytes);
            return _json;
        }

        // The line as UTF-8 with its newline.
        public byte[] Line()
        {
            _json.Flush();
            var written = _bytes.WrittenSpan;
            var line = new byte[written.Length + 1];
            written.CopyTo(line);
            line[^1] = (byte)'\n';
            return line;
        }
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
