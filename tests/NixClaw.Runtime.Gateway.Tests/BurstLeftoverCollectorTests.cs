using Microsoft.Extensions.Time.Testing;
using NixClaw.Runtime.Gateway.Operations;

namespace NixClaw.Runtime.Gateway.Tests;

public sealed class BurstLeftoverCollectorTests
{
    private const long Heavy = BurstLeftoverCollector.SurvivorLimit + 1;
    private const long Light = BurstLeftoverCollector.SurvivorLimit;

    [Fact]
    public void AGenZeroGcThatKeptTooMuchCollectsGenerationOneOnceOnTheNextTick()
    {
        var gcs = new ScriptedGcs();
        using var collector = gcs.StartCollector();

        gcs.Happened(generation: 0, promoted: Heavy);
        Assert.Equal(0, collector.Collections);
        gcs.Time.Advance(BurstLeftoverCollector.CheckInterval);
        Assert.Equal(1, collector.Collections);
        Assert.Equal(1, gcs.GenerationOneCollections);

        // The collection it made is not judged again, and nothing new happened: no second collection.
        gcs.Time.Advance(BurstLeftoverCollector.MinimumSpacing * 3);
        Assert.Equal(1, collector.Collections);
    }

    [Fact]
    public void LightGenZeroGcsAndGenerationOneGcsAreLeftAlone()
    {
        var gcs = new ScriptedGcs();
        using var collector = gcs.StartCollector();

        gcs.Happened(generation: 0, promoted: Light);
        gcs.Time.Advance(BurstLeftoverCollector.CheckInterval);
        gcs.Happened(generation: 1, promoted: Heavy * 10);
        gcs.Time.Advance(BurstLeftoverCollector.CheckInterval);

        Assert.Equal(0, collector.Collections);
    }

    [Fact]
    public void AGcBeforeTheCollectorStartedIsNotJudged()
    {
        var gcs = new ScriptedGcs();
        gcs.Happened(generation: 0, promoted: Heavy);
        using var collector = gcs.StartCollector();

        gcs.Time.Advance(BurstLeftoverCollector.CheckInterval);

        Assert.Equal(0, collector.Collections);
    }

    [Fact]
    public void CollectionsAreSpacedBySoALongBurstCostsOneGcPerSpacing()
    {
        var gcs = new ScriptedGcs();
        using var collector = gcs.StartCollector();

        var ticks = (int)(BurstLeftoverCollector.MinimumSpacing * 3 / BurstLeftoverCollector.CheckInterval);
        for (var i = 0; i < ticks; i++)
        {
            gcs.Happened(generation: 0, promoted: Heavy);
            gcs.Time.Advance(BurstLeftoverCollector.CheckInterval);
        }

        // A heavy gen0 GC every tick for three spacings: the first tick collects, then one per spacing.
        Assert.Equal(3, collector.Collections);
    }

    [Fact]
    public void DisposedItChecksNoMore()
    {
        var gcs = new ScriptedGcs();
        var collector = gcs.StartCollector();
        collector.Dispose();

        gcs.Happened(generation: 0, promoted: Heavy);
        gcs.Time.Advance(BurstLeftoverCollector.CheckInterval * 5);

        Assert.Equal(0, gcs.GenerationOneCollections);
    }

    [Fact]
    public void TheRuntimeReportsEachEphemeralGcWithItsGeneration()
    {
        var before = EphemeralGc.Last();
        GC.Collect(0, GCCollectionMode.Forced, blocking: true);
        var after = EphemeralGc.Last();

        // Other tests may collect at the same time: the number only grows, and an ephemeral GC is gen0 or gen1.
        Assert.True(after.Index > before.Index, $"{after} after {before}");
        Assert.InRange(after.Generation, 0, 1);
        Assert.True(after.PromotedBytes >= 0);
    }

    /// <summary>A GC history the test writes, on a fake clock: each collection the collector asks for is a gen1 GC in it.</summary>
    private sealed class ScriptedGcs
    {
        private EphemeralGc _last;

        public FakeTimeProvider Time { get; } = new();

        public int GenerationOneCollections { get; private set; }

        public BurstLeftoverCollector StartCollector() => new(Time, Last, CollectGenerationOne);

        public EphemeralGc Last() => _last;

        public void Happened(int generation, long promoted) => _last = new EphemeralGc(_last.Index + 1, generation, promoted);

        public void CollectGenerationOne()
        {
            GenerationOneCollections++;
            Happened(generation: 1, promoted: 0);
        }
    }
}
