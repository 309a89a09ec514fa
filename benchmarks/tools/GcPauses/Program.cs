using System.Globalization;
using Microsoft.Diagnostics.Tracing;

// GcPauses <trace.nettrace> [<timeline.csv>]
// Times are seconds from the first measured message when a timeline is given (its timestamps and the trace's share
// the monotonic clock), else from the trace's first event.
if (args.Length is < 1 or > 2)
{
    Console.Error.WriteLine("usage: GcPauses <trace.nettrace> [<timeline.csv from NIXCLAW_BENCH_TIMELINE>]");
    return 2;
}

var timeline = args.Length == 2 ? ReadTimeline(args[1]) : [];
var pauses = new List<Pause>();
var marked = new long[6];
var stages = new List<string>();
long suspendStart = 0, suspendEnd = 0, gcStart = 0, gcEnd = 0, firstEvent = 0;
var generation = -1;
Stats? stats = null;

using (var source = new EventPipeEventSource(args[0]))
{
    source.AllEvents += e => firstEvent = firstEvent == 0 ? e.TimeStampQPC : firstEvent;
    source.Clr.GCSuspendEEStart += e => suspendStart = e.TimeStampQPC;
    source.Clr.GCSuspendEEStop += e => suspendEnd = e.TimeStampQPC;
    source.Clr.GCStart += e =>
    {
        gcStart = e.TimeStampQPC;
        generation = e.Depth;
        stages.Clear();
        Array.Clear(marked);
    };
    source.Clr.GCMarkWithType += e =>
    {
        if (e.Type < marked.Length)
        {
            marked[e.Type] += e.Promoted;
        }

        stages.Add(string.Create(CultureInfo.InvariantCulture, $"{e.Type}@{Ms(e.TimeStampQPC - gcStart):0.00}"));
    };
    source.Clr.GCStop += e => gcEnd = e.TimeStampQPC;
    source.Clr.GCHeapStats += e => stats = new Stats(e.TotalPromotedSize0, e.TotalPromotedSize1, e.GenerationSize0, e.GenerationSize1, e.GenerationSize2, e.GenerationSize3);
    source.Clr.GCRestartEEStop += e =>
    {
        if (suspendStart > 0 && generation >= 0)
        {
            pauses.Add(new Pause(suspendStart, e.TimeStampQPC, generation, Ms(suspendEnd - suspendStart), Ms(gcEnd - gcStart), stats, [.. marked], string.Join(' ', stages)));
        }

        suspendStart = 0;
        stats = null;
    };
    source.Process();
}

var origin = timeline.Count > 0 ? timeline.Min(m => m.Queued) : firstEvent;
Console.WriteLine("time s  gen  pause ms  suspend ms  gc ms  kept gen0/gen1 KB  sizes gen0/gen1/gen2/loh KB  marked stack/finalizer/handles/older KB  mark stages (kind@ms)");
foreach (var p in pauses)
{
    var s = p.Stats;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{Ms(p.Start - origin) / 1000,7:0.000}  {p.Generation,3}  {Ms(p.End - p.Start),8:0.00}  {p.SuspendMs,10:0.00}  {p.GcMs,5:0.00}  {Kb(s?.Kept0)}/{Kb(s?.Kept1)}  {Kb(s?.Gen0)}/{Kb(s?.Gen1)}/{Kb(s?.Gen2)}/{Kb(s?.Loh)}  {p.Marked[0] / 1024}/{p.Marked[1] / 1024}/{p.Marked[2] / 1024}/{p.Marked[3] / 1024}  {p.Stages}"));
}

foreach (var group in pauses.GroupBy(p => p.Generation).OrderBy(g => g.Key))
{
    var ms = group.Select(p => Ms(p.End - p.Start)).Order().ToArray();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gen{group.Key}: {ms.Length} pauses, median {ms[ms.Length / 2]:0.00} ms, longest {ms[^1]:0.00} ms, total {ms.Sum():0.0} ms"));
}

if (timeline.Count > 0 && pauses.Count > 0)
{
    // Only messages inside the trace's window; a message overlaps a pause if the pause began before its reply left
    // (queued + overhead, plus 2 ms for the model's own time, which the overhead excludes).
    var from = pauses[0].Start;
    var to = pauses[^1].End;
    var inWindow = timeline.Where(m => m.Queued >= from && m.Queued <= to).ToList();
    var slow = inWindow.Where(m => m.OverheadMs >= 5).ToList();
    var underPause = slow.Count(m => pauses.Any(p => p.Start < m.Queued + (long)((m.OverheadMs + 2) * 1e6) && p.End > m.Queued));
    Console.WriteLine($"{inWindow.Count} measured messages in the traced window, {slow.Count} at 5 ms or more, {underPause} of them overlapping a GC pause");
}

return 0;

static double Ms(long nanoseconds) => nanoseconds / 1e6;

static string Kb(long? bytes) => bytes is { } b ? (b / 1024).ToString(CultureInfo.InvariantCulture) : "?";

static List<Message> ReadTimeline(string path) =>
    [.. File.ReadLines(path).Skip(1).Select(line => line.Split(','))
        .Select(f => new Message(long.Parse(f[0], CultureInfo.InvariantCulture), double.Parse(f[1], CultureInfo.InvariantCulture)))];

internal sealed record Stats(long Kept0, long Kept1, long Gen0, long Gen1, long Gen2, long Loh);

internal sealed record Pause(long Start, long End, int Generation, double SuspendMs, double GcMs, Stats? Stats, long[] Marked, string Stages);

internal readonly record struct Message(long Queued, double OverheadMs);
