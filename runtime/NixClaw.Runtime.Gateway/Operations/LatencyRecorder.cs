namespace NixClaw.Runtime.Gateway.Operations;

/// <summary>Keeps the most recent durations (a ring) and answers percentiles over them.</summary>
public sealed class LatencyRecorder
{
    private readonly double[] _ring;
    private readonly Lock _lock = new();
    private long _count;

    public LatencyRecorder(int capacity = 4096)
    {
        _ring = new double[capacity];
    }

    /// <summary>Durations recorded since start.</summary>
    public long Count => Interlocked.Read(ref _count);

    /// <summary>Records one duration.</summary>
    public void Record(TimeSpan duration)
    {
        lock (_lock)
        {
            _ring[_count % _ring.Length] = duration.TotalMilliseconds;
            _count++;
        }
    }

    /// <summary>The <paramref name="percentile"/> (0–100) in milliseconds over the kept window, or null when empty.</summary>
    public double? Percentile(double percentile)
    {
        double[] copy;
        lock (_lock)
        {
            var n = (int)Math.Min(_count, _ring.Length);
            if (n == 0)
            {
                return null;
            }

            copy = _ring[..n];
        }

        Array.Sort(copy);
        var rank = (int)Math.Ceiling(percentile / 100 * copy.Length) - 1;
        return copy[Math.Clamp(rank, 0, copy.Length - 1)];
    }
}
