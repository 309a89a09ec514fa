using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using NixClaw.Generator.Tests.Diagnostics;
using NixClaw.Generator.Tests.Support;

namespace NixClaw.Generator.Tests.AgentTools;

/// <summary>A declarations project with C# tools: the sample host giving them to an agent, compiled, generated and loaded.</summary>
internal static class ToolSources
{
    /// <summary>Tools covering every parameter and result mapping.</summary>
    public const string Garden = """
        using System.Collections.Generic;
        using System.ComponentModel;
        using System.ComponentModel.DataAnnotations;
        using System.Threading;
        using System.Threading.Tasks;
        using NixClaw;
        using NixClaw.Tools;

        public enum Soil { Clay, Loam, Sand }

        /// <summary>A garden bed.</summary>
        /// <param name="Name">Bed name.</param>
        /// <param name="Plants">What grows there.</param>
        public sealed record Bed(string Name, [Range(1, 50)] int Area, string[] Plants, Soil Soil = Soil.Loam, string? Note = null);

        public sealed record WateringReceipt(string Bed, double Litres, Soil Soil, IReadOnlyList<string> Tags, int? Minutes);

        /// <summary>When in the day a bed may be watered.</summary>
        /// <param name="Length">How long the window is.</param>
        /// <param name="FromHour">The hour it opens.</param>
        public readonly record struct Window(System.TimeSpan Length, [Range(0, 23)] int FromHour = 6)
        {
            /// <summary>A note for the crew: an optional init-only property of a struct.</summary>
            public string Note { get; init; } = "none";
        }

        /// <summary>Who waters: a record with init-only properties.</summary>
        public sealed record Crew
        {
            /// <summary>The lead gardener.</summary>
            public required string Lead { get; init; }

            /// <summary>Who helps.</summary>
            public IReadOnlyList<string> Helpers { get; init; } = new[] { "robin" };

            /// <summary>How many people at most.</summary>
            [Range(1, 9)]
            public int? Size { get; set; }
        }

        /// <summary>A plain class: its optional init-only property cannot be set apart from its initializer, so it is not in the schema.</summary>
        public sealed class Tap
        {
            /// <summary>Which tap.</summary>
            public required string Name { get; init; }

            /// <summary>Not offered to the model.</summary>
            public string Pressure { get; init; } = "normal";
        }

        public sealed record Booking(System.Guid Id, System.DateTime Start, System.DateTimeOffset? RemindAt, System.Uri Link, System.TimeSpan Every, Window Window, Crew Crew, string Tap, int Windows);

        public static class GardenTools
        {
            /// <summary>Water a garden bed.</summary>
            /// <param name="bed">Bed name, as on the garden map.</param>
            /// <param name="litres">How much water, 0.1 to 20.</param>
            /// <param name="soil">The soil, which decides how fast it drains.</param>
            /// <param name="minutes">How long to water; as fast as possible when left out.</param>
            /// <param name="tags">Labels for the <see cref="WateringReceipt"/>.</param>
            /// <param name="context">Filled by NixClaw.</param>
            [AgentTool]
            public static async Task<WateringReceipt> Water(
                [StringLength(20, MinimumLength = 2), RegularExpression("[a-z]+")] string bed,
                [Range(0.1, 20)] double litres,
                ToolContext context,
                CancellationToken cancellationToken,
                Soil soil = Soil.Clay,
                int? minutes = null,
                List<string>? tags = null)
            {
                await Task.Yield();
                return new WateringReceipt(bed + "@" + context.AgentId, litres, soil, tags ?? new List<string>(), minutes);
            }

            /// <summary>Plan beds.</summary>
            /// <param name="beds">The beds to plan.</param>
            /// <param name="dryRun">Only check the plan.</param>
            [AgentTool(Name = "plan-beds", InProcess = true)]
            public static string PlanBeds(Bed[] beds, [Description("Only check the plan.")] bool dryRun = false) =>
                string.Join("; ", System.Linq.Enumerable.Select(beds, b => b.Name + ":" + b.Area + ":" + b.Soil + ":" + string.Join(",", b.Plants) + ":" + (b.Note ?? "-"))) + (dryRun ? " (dry run)" : "");

            /// <summary>Count to a number, one line at a time.</summary>
            /// <param name="to">Where to stop.</param>
            [AgentTool]
            public static async IAsyncEnumerable<string> CountTo(byte to)
            {
                for (var i = 1; i <= to; i++)
                {
                    await Task.Yield();
                    yield return i + "\n";
                }
            }

            /// <summary>Book a watering slot.</summary>
            /// <param name="id">The booking's id.</param>
            /// <param name="start">When it starts.</param>
            /// <param name="link">The garden map.</param>
            /// <param name="every">How often it repeats.</param>
            /// <param name="window">When it may run.</param>
            /// <param name="crew">Who waters.</param>
            /// <param name="tap">Which tap.</param>
            /// <param name="remindAt">When to remind the crew.</param>
            /// <param name="windows">Other windows.</param>
            [AgentTool]
            public static Booking Schedule(System.Guid id, System.DateTime start, System.Uri link, System.TimeSpan every, Window window, Crew crew, Tap tap, System.DateTimeOffset? remindAt = null, Window?[]? windows = null) =>
                new(id, start, remindAt, link, every, window, crew, tap.Name + "/" + tap.Pressure, windows?.Length ?? 0);

            /// <summary>Sizes of the beds.</summary>
            /// <param name="big">Only big ones.</param>
            /// <param name="limit">At most this many.</param>
            [AgentTool]
            public static ValueTask<long[]> Sizes(bool big, [Range(1, 10)] long limit = 3) => new(big ? new long[] { 40, 50 } : new long[] { 1, 2, 3 }[..(int)System.Math.Min(limit, 3)]);
        }
        """;

    /// <summary>The sample with the garden tools given to its homelab agent.</summary>
    public static string[] Project => [Sources.Sample(("Tools = [new ExecTool(), new FileTools()],", "Tools = [new ExecTool(), new FileTools(), Tool.From(GardenTools.Water), Tool.From(GardenTools.PlanBeds), Tool.From(GardenTools.CountTo), Tool.From(GardenTools.Sizes), Tool.From(GardenTools.Schedule)],")), Garden];

    private static readonly Lazy<(GeneratorDriverRunResult Run, Assembly Assembly)> Compiled = new(Compile);

    public static GeneratorDriverRunResult Run => Compiled.Value.Run;

    public static Assembly Assembly => Compiled.Value.Assembly;

    private static (GeneratorDriverRunResult, Assembly) Compile()
    {
        var (run, output) = DiagnosticAssert.Clean(Project);
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        var context = new AssemblyLoadContext("tools-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        image.Position = 0;
        return (run, context.LoadFromStream(image));
    }
}
