using System.Text;

namespace NixClaw.Runtime.Service;

/// <summary>Reads the last lines of a log file, and follows it (polling; a truncated or replaced file is read from its start).</summary>
internal sealed class LogTail(string path, TimeProvider time)
{
    /// <summary>How often a followed file is checked for new lines.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    private const int TailWindow = 512 * 1024;

    /// <summary>The last <paramref name="count"/> complete lines, and the offset after them.</summary>
    public (IReadOnlyList<string> Lines, long Offset) ReadLast(int count)
    {
        using var stream = Open();
        var start = Math.Max(0, stream.Length - TailWindow);
        stream.Position = start;
        var bytes = new byte[stream.Length - start];
        stream.ReadExactly(bytes);
        var text = Encoding.UTF8.GetString(bytes);
        var end = text.LastIndexOf('\n');
        var complete = end < 0 ? "" : text[..end];
        var lines = complete.Length == 0 ? [] : complete.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (start > 0 && lines.Count > 0)
        {
            // The window may begin mid-line.
            lines.RemoveAt(0);
        }

        var offset = start + (end < 0 ? 0 : Encoding.UTF8.GetByteCount(text[..(end + 1)]));
        return (lines.Skip(Math.Max(0, lines.Count - count)).ToList(), offset);
    }

    /// <summary>Calls <paramref name="onLine"/> for every complete line written after <paramref name="offset"/>, until cancelled.</summary>
    public async Task FollowAsync(long offset, Action<string> onLine, CancellationToken cancellationToken)
    {
        var pending = new StringBuilder();
        while (true)
        {
            if (File.Exists(path))
            {
                using var stream = Open();
                if (stream.Length < offset)
                {
                    // Truncated or rotated: start again from the top.
                    offset = 0;
                    pending.Clear();
                }

                if (stream.Length > offset)
                {
                    stream.Position = offset;
                    var bytes = new byte[stream.Length - offset];
                    stream.ReadExactly(bytes);
                    offset += bytes.Length;
                    pending.Append(Encoding.UTF8.GetString(bytes));
                    var text = pending.ToString();
                    var end = text.LastIndexOf('\n');
                    if (end >= 0)
                    {
                        foreach (var line in text[..end].Split('\n'))
                        {
                            onLine(line.TrimEnd('\r'));
                        }

                        pending.Clear().Append(text[(end + 1)..]);
                    }
                }
            }

            await Task.Delay(PollInterval, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private FileStream Open() => new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
}
