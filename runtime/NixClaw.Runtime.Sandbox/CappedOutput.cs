using System.Text;

namespace NixClaw.Runtime.Sandbox;

/// <summary>Drains a stream to its end, keeping the first <c>cap</c> bytes and counting the rest.</summary>
/// <remarks>Draining (rather than stopping to read) lets a chatty command finish instead of blocking on a full pipe.</remarks>
internal sealed class CappedOutput(int cap)
{
    private readonly MemoryStream _kept = new();
    private long _dropped;

    public bool IsTruncated => _dropped > 0;

    public async Task DrainAsync(Stream stream)
    {
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            var keep = (int)Math.Min(read, cap - _kept.Length);
            if (keep > 0)
            {
                _kept.Write(buffer, 0, keep);
            }

            _dropped += read - keep;
        }
    }

    /// <summary>The kept bytes as UTF-8 (a character cut in half becomes U+FFFD), plus a marker line when cut.</summary>
    public string ToText()
    {
        var text = Encoding.UTF8.GetString(_kept.GetBuffer(), 0, (int)_kept.Length);
        if (!IsTruncated)
        {
            return text;
        }

        var separator = text.EndsWith('\n') ? "" : "\n";
        return $"{text}{separator}{SandboxResult.TruncationMarker}: {_dropped} more bytes dropped after the first {cap}]\n";
    }
}
