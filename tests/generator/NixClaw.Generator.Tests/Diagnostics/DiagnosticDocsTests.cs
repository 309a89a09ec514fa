using NixClaw.Generator.Diagnostics;
using NixClaw.Generator.Tests.Support;

namespace NixClaw.Generator.Tests.Diagnostics;

/// <summary>docs/diagnostics holds one page per descriptor (the descriptors' help links point there) and an index.</summary>
public sealed class DiagnosticDocsTests
{
    private static string Folder => Repo.Path("docs", "diagnostics");

    public static TheoryData<string> Ids => new(DiagnosticDescriptors.All.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Ids))]
    public void EveryDescriptorHasAPageTitledWithItsIdAndTitle(string id)
    {
        var descriptor = DiagnosticDescriptors.All[id];
        var path = Repo.Path("docs", "diagnostics", id + ".md");
        Assert.True(File.Exists(path), $"{path} is missing");
        var lines = File.ReadAllLines(path);
        Assert.Equal($"# {id} : {descriptor.Title}", lines[0]);
        Assert.Contains($"- Severity: {descriptor.DefaultSeverity}", lines);
        // Braces doubled in the format ({{0,63}}) read as single ones on the page.
        Assert.Contains($"- Message: `{descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture).Replace("{{", "{").Replace("}}", "}")}`", lines);
        Assert.EndsWith("docs/diagnostics/" + id + ".md", descriptor.HelpLinkUri, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryPageBelongsToADescriptor()
    {
        var pages = Directory.GetFiles(Folder, "*.md").Select(Path.GetFileNameWithoutExtension).Where(n => n != "README").Order(StringComparer.Ordinal);
        Assert.Equal(DiagnosticDescriptors.All.Keys.Order(StringComparer.Ordinal), pages);
    }

    [Fact]
    public void ReadmeListsEveryDescriptorWithTitleAndSeverity()
    {
        var readme = File.ReadAllLines(Path.Combine(Folder, "README.md"));
        var rows = readme.Where(l => l.StartsWith("| [NCLAW", StringComparison.Ordinal)).ToList();
        var expected = DiagnosticDescriptors.All.Values
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .Select(d => $"| [{d.Id}]({d.Id}.md) | {d.Title} | {d.DefaultSeverity} |");
        Assert.Equal(expected, rows);
    }

    [Fact]
    public void EveryPageWithAnExampleShowsTheFix()
    {
        foreach (var path in Directory.GetFiles(Folder, "NCLAW*.md"))
        {
            var text = File.ReadAllText(path);
            Assert.Contains("## Why", text);
            Assert.Equal(text.Contains("## Example", StringComparison.Ordinal), text.Contains("## Fix", StringComparison.Ordinal));
        }
    }

    /// <summary>Every id is asserted by some test in this folder (NCLAW999 through the binder directly).</summary>
    [Fact]
    public void EveryDescriptorIsExercisedByADiagnosticTest()
    {
        var tests = string.Concat(Directory.GetFiles(Repo.Path("tests", "generator", "NixClaw.Generator.Tests", "Diagnostics"), "*Tests.cs")
            .Where(f => !f.EndsWith("DiagnosticDocsTests.cs", StringComparison.Ordinal))
            .Select(File.ReadAllText));
        var missing = DiagnosticDescriptors.All.Keys.Where(id => !tests.Contains("(\"" + id + "\"", StringComparison.Ordinal)).ToList();
        Assert.Empty(missing);
    }
}
