using System.Globalization;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

// Usage: AllocationsByFrame <trace.nettrace> [rows]
// Each AllocationTick event stands for ~100 KB of allocations of its type; its stack says who allocated. The sums are
// attributed to the first NixClaw frame (and the call it made), or to the top frames when no NixClaw frame is on it.
if (args.Length is < 1 or > 2 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("usage: AllocationsByFrame <trace.nettrace> [rows]");
    return 2;
}

var rows = args.Length == 2 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 40;
var etlx = TraceLog.CreateFromEventPipeDataFile(args[0]);
using var log = new TraceLog(etlx);
var byFrame = new Dictionary<string, long>(StringComparer.Ordinal);
var byType = new Dictionary<string, long>(StringComparer.Ordinal);
long total = 0;
foreach (var traceEvent in log.Events)
{
    if (traceEvent is not GCAllocationTickTraceData tick)
    {
        continue;
    }

    total += tick.AllocationAmount64;
    byType[tick.TypeName] = byType.GetValueOrDefault(tick.TypeName) + tick.AllocationAmount64;
    var frames = new List<string>();
    for (var frame = traceEvent.CallStack(); frame is not null && frames.Count < 40; frame = frame.Caller)
    {
        frames.Add(frame.CodeAddress.FullMethodName ?? "?");
    }

    var own = frames.FindIndex(f => f.Contains("NixClaw", StringComparison.Ordinal));
    var key = own < 0
        ? "(no NixClaw frame) " + string.Join(" <- ", frames.Take(3))
        : frames[own] + (own > 0 ? "  => " + frames[own - 1] : "");
    byFrame[key] = byFrame.GetValueOrDefault(key) + tick.AllocationAmount64;
}

Console.WriteLine($"sampled allocations: {total / 1024 / 1024} MB");
Console.WriteLine("\nby type:");
foreach (var (type, bytes) in byType.OrderByDescending(kv => kv.Value).Take(rows))
{
    Console.WriteLine($"{bytes / 1024,9} KB  {type}");
}

Console.WriteLine("\nby frame:");
foreach (var (frame, bytes) in byFrame.OrderByDescending(kv => kv.Value).Take(rows))
{
    Console.WriteLine($"{bytes / 1024,9} KB  {frame}");
}

return 0;
