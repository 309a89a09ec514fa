using System.Runtime.CompilerServices;

namespace NixClaw.Generator.Tests.Support;

/// <summary>
/// Golden files under tests/.../Golden/. A missing or different file fails; <c>UPDATE_GOLDEN=1</c>
/// rewrites them (review the diff like code). Never updates under CI.
/// </summary>
internal static class Golden
{
    public static void Verify(string name, string actual, [CallerFilePath] string callerFile = "")
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(callerFile)!, "Golden", name);
        var update = Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1" && Environment.GetEnvironmentVariable("CI") != "true";
        if (update)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"Golden file {path} is missing; run the tests with UPDATE_GOLDEN=1 and review it.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.Equal(expected, actual);
    }
}
