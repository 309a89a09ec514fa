namespace NixClaw.Json5.Tests;

/// <summary>Our reader against the JSON5 reference implementation (npm json5 2.2.3) on the same documents.</summary>
public sealed class ConformanceTests
{
    [Fact]
    public void OfficialTestCases_AgreeWithReference()
    {
        var dir = RepoPaths.Json5TestCases;
        Assert.True(Directory.Exists(dir), $"official JSON5 test cases not found at {dir}");
        var files = Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".json" or ".json5" or ".js" or ".txt")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(files.Count > 100, $"only {files.Count} test cases under {dir}");
        var sources = files.Select(File.ReadAllText).ToList();
        var oracle = Json5Oracle.Parse(sources, TestContext.Current.CancellationToken);

        var failures = new List<string>();
        for (var i = 0; i < files.Count; i++)
        {
            var name = Path.GetRelativePath(dir, files[i]);
            if (Agreement.Check(sources[i], oracle[i]) is { } problem)
            {
                failures.Add($"{name}: {problem}");
            }

            // The extension is the suite's own expectation (README): .json/.json5 valid, .js/.txt invalid;
            // cases under todo/ are not settled upstream, so only the reference comparison applies there.
            var valid = Path.GetExtension(files[i]) is ".json" or ".json5";
            if (!name.StartsWith("todo", StringComparison.Ordinal) && oracle[i].Ok != valid)
            {
                failures.Add($"{name}: the reference {(oracle[i].Ok ? "accepts" : "rejects")} it against the suite's expectation");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public void GeneratedDocuments_AgreeWithReference()
    {
        var seed = Agreement.Seed(5150);
        var gen = new RandomDocuments(seed);
        var sources = new List<string>();
        var values = new List<Json5Value>();
        for (var i = 0; i < 1500; i++)
        {
            var value = gen.NextValue();
            var text = gen.Styled(value);
            values.Add(value);
            sources.Add(text);
            sources.Add(gen.Mutate(text));
            sources.Add(gen.Mutate(text));
        }

        var oracle = Json5Oracle.Parse(sources, TestContext.Current.CancellationToken);
        var failures = new List<string>();
        var rejected = 0;
        for (var i = 0; i < sources.Count; i++)
        {
            if (!oracle[i].Ok)
            {
                rejected++;
            }

            if (Agreement.Check(sources[i], oracle[i]) is { } problem)
            {
                failures.Add($"#{i} {Agreement.Show(sources[i])}: {problem}");
            }

            // Unmutated documents must mean exactly the value they were generated from.
            if (i % 3 == 0 && !(oracle[i].Ok && Json5Value.DeepEquals(oracle[i].Value, values[i / 3])))
            {
                failures.Add($"#{i} generator bug: {Agreement.Show(sources[i])} is not {Json5Writer.WriteCompact(values[i / 3])} for the reference: {oracle[i].Raw}");
            }
        }

        Assert.True(failures.Count == 0, $"seed {seed} (replay with JSON5_TEST_SEED={seed}), {failures.Count} failures:\n" + string.Join('\n', failures.Take(15)));

        // The mutations must exercise the error paths, not only valid input.
        Assert.InRange(rejected, sources.Count / 5, sources.Count * 2 / 3);
    }

    [Fact]
    public void WriterOutput_IsReadByReferenceAsTheSameValue()
    {
        var seed = Agreement.Seed(8086);
        var gen = new RandomDocuments(seed);
        var values = Enumerable.Range(0, 500).Select(_ => gen.NextValue()).ToList();
        var sources = values.Select(Json5Writer.Write).Concat(values.Select(Json5Writer.WriteCompact)).ToList();
        var oracle = Json5Oracle.Parse(sources, TestContext.Current.CancellationToken);
        var failures = new List<string>();
        for (var i = 0; i < sources.Count; i++)
        {
            if (!oracle[i].Ok || !Json5Value.DeepEquals(oracle[i].Value, values[i % values.Count]))
            {
                failures.Add($"{Agreement.Show(sources[i])}: reference gives {oracle[i].Raw}");
            }
        }

        Assert.True(failures.Count == 0, $"seed {seed}:\n" + string.Join('\n', failures.Take(10)));
    }

    [Fact]
    public void IdentifierCharacters_AgreeWithReference()
    {
        // Every BMP character as the first and as a later character of an unquoted key, raw and \u-escaped.
        var sources = new List<string>();
        for (var c = 0; c <= 0xFFFF; c++)
        {
            var ch = ((char)c).ToString();
            var esc = $"\\u{c:x4}";
            sources.Add("{" + ch + ":1}");
            sources.Add("{a" + ch + ":1}");
            sources.Add("{" + esc + ":1}");
            sources.Add("{a" + esc + ":1}");
        }

        var oracle = Json5Oracle.Parse(sources, TestContext.Current.CancellationToken);
        var failures = new List<string>();
        var newerUnicode = new List<int>();
        for (var i = 0; i < sources.Count; i++)
        {
            if (Agreement.Check(sources[i], oracle[i]) is not { } problem)
            {
                continue;
            }

            // json5 2.2.3 embeds Unicode 10 tables; .NET knows letters assigned since. Accepting those is the only
            // tolerated difference, and only for characters that .NET classifies as letters, marks, digits or Pc.
            var c = i / 4;
            if (!oracle[i].Ok && problem.StartsWith("we read", StringComparison.Ordinal) && !char.IsSurrogate((char)c))
            {
                newerUnicode.Add(c);
                continue;
            }

            failures.Add($"U+{c:X4} {Agreement.Show(sources[i])}: {problem}");
        }

        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join('\n', failures.Take(20)));
        var distinct = newerUnicode.Distinct().Count();
        TestContext.Current.SendDiagnosticMessage($"{distinct} BMP characters are identifier characters only in .NET's newer Unicode");
        Assert.True(distinct < 1000, $"{distinct} characters differ, e.g. {string.Join(' ', newerUnicode.Distinct().Take(20).Select(c => $"U+{c:X4}"))}");
    }
}
