using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NixClaw.Generator.Tests.Support;

namespace NixClaw.Generator.Tests.Diagnostics;

/// <summary>A diagnostic a test expects: id, severity and the exact formatted message. Its span is a <c>[|...|]</c> marker.</summary>
internal sealed record Expected(string Id, DiagnosticSeverity Severity, string Message)
{
    public static Expected Error(string id, string message) => new(id, DiagnosticSeverity.Error, message);

    public static Expected Warning(string id, string message) => new(id, DiagnosticSeverity.Warning, message);
}

/// <summary>Source text with <c>[|...|]</c> markers: the text without them and every marked span, in order.</summary>
internal sealed record MarkedSource(string Text, IReadOnlyList<TextSpan> Spans)
{
    private const string Open = "[|";
    private const string Close = "|]";

    public static MarkedSource Parse(string marked)
    {
        var text = new System.Text.StringBuilder(marked.Length);
        var spans = new List<TextSpan>();
        var position = 0;
        while (true)
        {
            var open = marked.IndexOf(Open, position, StringComparison.Ordinal);
            if (open < 0)
            {
                Assert.True(marked.IndexOf(Close, position, StringComparison.Ordinal) < 0, "unbalanced |] marker");
                text.Append(marked, position, marked.Length - position);
                return new MarkedSource(text.ToString(), spans);
            }

            var close = marked.IndexOf(Close, open + Open.Length, StringComparison.Ordinal);
            Assert.True(close > open, "unbalanced [| marker");
            Assert.True(marked.IndexOf(Open, open + Open.Length, close - open - Open.Length, StringComparison.Ordinal) < 0, "nested [| markers");
            text.Append(marked, position, open - position);
            var start = text.Length;
            text.Append(marked, open + Open.Length, close - open - Open.Length);
            spans.Add(TextSpan.FromBounds(start, text.Length));
            position = close + Close.Length;
        }
    }
}

/// <summary>Runs the generator over marked sources and checks its diagnostics exactly.</summary>
internal static class DiagnosticAssert
{
    /// <summary>
    /// Compiles the sources (markers stripped; files File0.cs, File1.cs, ...), runs the generator and asserts that
    /// the warnings and errors of the result (the generator's and C#'s) are exactly <paramref name="expected"/>:
    /// the n-th expected diagnostic at the n-th marked span, in file and position order, with its id, severity,
    /// exact message and an in-source location.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Exactly(string[] markedSources, params Expected[] expected) =>
        Exactly(markedSources, null, expected);

    /// <summary>As <see cref="Exactly(string[], Expected[])"/> with MSBuild properties the generator sees.</summary>
    public static IReadOnlyList<Diagnostic> ExactlyWithBuildProperties(IReadOnlyDictionary<string, string> buildProperties, string markedSource, params Expected[] expected) =>
        Exactly([markedSource], buildProperties, expected);

    private static IReadOnlyList<Diagnostic> Exactly(string[] markedSources, IReadOnlyDictionary<string, string>? buildProperties, Expected[] expected)
    {
        var sources = markedSources.Select(MarkedSource.Parse).ToArray();
        var spans = sources.SelectMany((s, file) => s.Spans.Select(span => (File: file, Span: span))).ToList();
        Assert.True(spans.Count == expected.Length, $"{spans.Count} marked spans for {expected.Length} expected diagnostics");

        var (run, output) = GeneratorHarness.Run(GeneratorHarness.Compile(sources.Select(s => s.Text).ToArray()), buildProperties);
        var problems = GeneratorHarness.Problems(run, output)
            .OrderBy(d => d.Location.SourceTree?.FilePath ?? d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Location.SourceSpan.End)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        Assert.True(
            problems.Count == expected.Length,
            $"expected {expected.Length} diagnostic(s) [{string.Join(", ", expected.Select(e => e.Id))}], got {problems.Count}:\n" + string.Join("\n", problems.Select(p => p.ToString())));

        for (var i = 0; i < expected.Length; i++)
        {
            var diagnostic = problems[i];
            var (file, span) = spans[i];
            Assert.Equal(expected[i].Id, diagnostic.Id);
            Assert.Equal(expected[i].Message, diagnostic.GetMessage(CultureInfo.InvariantCulture));
            Assert.Equal(expected[i].Severity, diagnostic.Severity);
            Assert.True(diagnostic.Location.IsInSource, $"{diagnostic.Id} is not in source: {diagnostic.Location}");
            Assert.Equal($"File{file}.cs", diagnostic.Location.SourceTree!.FilePath);
            var text = SourceText.From(sources[file].Text);
            var expectedLines = text.Lines.GetLinePositionSpan(span);
            var actualLines = diagnostic.Location.GetLineSpan();
            Assert.Equal(
                (expectedLines.Start, expectedLines.End, text.ToString(span)),
                (actualLines.StartLinePosition, actualLines.EndLinePosition, text.ToString(diagnostic.Location.SourceSpan)));
        }

        return problems;
    }

    /// <summary>One marked source file.</summary>
    public static IReadOnlyList<Diagnostic> Exactly(string markedSource, params Expected[] expected) =>
        Exactly([markedSource], expected);

    /// <summary>No warnings or errors at all for the sources.</summary>
    public static (GeneratorDriverRunResult Run, Compilation Output) Clean(params string[] sources)
    {
        var result = GeneratorHarness.Run(GeneratorHarness.Compile(sources));
        var problems = GeneratorHarness.Problems(result.Run, result.Output);
        Assert.True(problems.Count == 0, "unexpected diagnostics:\n" + string.Join("\n", problems.Select(p => p.ToString())));
        return result;
    }
}

/// <summary>Sources to start from: the Homelab sample with exact edits, and a minimal valid host.</summary>
internal static class Sources
{
    /// <summary>The sample with each find text (which must occur exactly once) replaced; replacements may carry markers.</summary>
    public static string Sample(params (string Find, string Replace)[] edits)
    {
        var text = SampleSource.Text;
        foreach (var (find, replace) in edits)
        {
            var index = text.IndexOf(find, StringComparison.Ordinal);
            Assert.True(index >= 0 && text.IndexOf(find, index + 1, StringComparison.Ordinal) < 0, $"'{find}' must occur exactly once in the sample");
            text = text[..index] + replace + text[(index + find.Length)..];
        }

        return text;
    }

    /// <summary>A valid SSH public key line.</summary>
    public const string AdminKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx1HyGq3zD0GvxGjW2o4H7y0mXbBf0mGQ4oPqkP3n9c admin@box";

    /// <summary>A valid host class "Box" (host "box": a disk with ESP and root, one admin with an SSH key) plus <paramref name="members"/>.</summary>
    public static string Minimal(string members = "", string className = "Box", string hostName = "box", string host = "") => $$"""
        using NixClaw;

        [NixClawHost]
        public static partial class {{className}}
        {
            public static readonly Host Machine = new("{{hostName}}"){{host}};

            public static readonly Disk Main = new("main", "/dev/vda",
            [
                new Partition("ESP", "512M", Filesystem.Vfat, "/boot") { Type = PartitionType.Esp },
                new Partition("root", "100%", Filesystem.Ext4, "/"),
            ]);

            public static readonly User Admin = new("admin", UserRole.Admin) { SshKeys = ["{{AdminKey}}"] };
        {{members}}
        }

        """;
}
