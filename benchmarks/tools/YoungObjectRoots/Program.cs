using System.Globalization;
using Microsoft.Diagnostics.Runtime;

// YoungObjectRoots <pid> [<rows>]
if (args.Length is < 1 or > 2 || !int.TryParse(args[0], CultureInfo.InvariantCulture, out var pid))
{
    Console.Error.WriteLine("usage: YoungObjectRoots <pid> [<rows per table, default 30>]");
    return 2;
}

var rows = args.Length == 2 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 30;
using var target = DataTarget.AttachToProcess(pid, suspend: true);
using var runtime = target.ClrVersions[0].CreateRuntime();
var heap = runtime.Heap;

bool IsYoung(ulong address) => heap.GetSegmentByAddress(address) is { } segment && segment.GetGeneration(address) == Generation.Generation0;

// Every gen0 object reachable from a root or from an older object (live or dead: the card table cannot tell), each
// counted once, under the first edge that reached it.
var reached = new HashSet<ulong>();
var byEntry = new Dictionary<string, Tally>();
var byType = new Dictionary<string, Tally>();
var generationOne = new Dictionary<string, Tally>();

void Walk(ClrObject start, string entry)
{
    if (!reached.Add(start.Address))
    {
        return;
    }

    var pending = new Stack<ClrObject>([start]);
    var tally = new Tally();
    while (pending.TryPop(out var current))
    {
        tally = tally.Add(current.Size);
        Count(byType, current.Type?.Name, current.Size);
        foreach (var next in current.EnumerateReferences(carefully: false, considerDependantHandles: true))
        {
            if (IsYoung(next.Address) && reached.Add(next.Address))
            {
                pending.Push(next);
            }
        }
    }

    byEntry[entry] = byEntry.GetValueOrDefault(entry).Add(tally);
}

foreach (var root in heap.EnumerateRoots())
{
    if (IsYoung(root.Object.Address))
    {
        Walk(root.Object, $"root {root.RootKind} -> {root.Object.Type?.Name}");
    }
}

foreach (var segment in heap.Segments)
{
    foreach (var old in segment.EnumerateObjects())
    {
        if (!old.IsValid || old.IsFree)
        {
            continue;
        }

        var generation = segment.GetGeneration(old.Address);
        if (generation == Generation.Generation0)
        {
            continue;
        }

        if (generation == Generation.Generation1)
        {
            Count(generationOne, old.Type?.Name, old.Size);
        }

        foreach (var reference in old.EnumerateReferencesWithFields(carefully: false, considerDependantHandles: false))
        {
            if (IsYoung(reference.Object.Address))
            {
                Walk(reference.Object, $"{old.Type?.Name}.{reference.Field?.Name ?? "[]"} -> {reference.Object.Type?.Name}");
            }
        }
    }
}

Print($"gen0 reachable from roots and older generations: {byEntry.Values.Sum(t => t.Bytes) / 1024} KB, by the edge that reaches it", byEntry, rows);
Print("the same, by type", byType, rows);
Print($"generation 1 by type: {generationOne.Values.Sum(t => t.Bytes) / 1024} KB", generationOne, rows);
return 0;

static void Count(Dictionary<string, Tally> tallies, string? key, ulong size) =>
    tallies[key ?? "?"] = tallies.GetValueOrDefault(key ?? "?").Add(size);

static void Print(string title, Dictionary<string, Tally> tallies, int rows)
{
    Console.WriteLine(title);
    foreach (var (key, tally) in tallies.OrderByDescending(t => t.Value.Bytes).Take(rows))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {tally.Bytes / 1024,8} KB {tally.Objects,7}  {key}"));
    }
}

internal readonly record struct Tally(long Objects, long Bytes)
{
    public Tally Add(ulong size) => new(Objects + 1, Bytes + (long)size);

    public Tally Add(Tally other) => new(Objects + other.Objects, Bytes + other.Bytes);
}
