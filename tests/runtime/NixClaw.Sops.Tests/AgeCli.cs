using System.Diagnostics;

namespace NixClaw.Sops.Tests;

/// <summary>The real <c>age</c> and <c>age-keygen</c> programs, for keys and the wrapped data key.</summary>
internal static class AgeCli
{
    /// <summary>Writes a new identity file and returns its public key.</summary>
    public static async Task<string> NewKeyAsync(string keyFile)
    {
        ExternalTools.Require("age-keygen", "apt-get install age");
        await RunAsync("age-keygen", ["-o", keyFile], null);
        return (await RunAsync("age-keygen", ["-y", keyFile], null)).Trim();
    }

    /// <summary>The data key wrapped for <paramref name="recipient"/>, ASCII-armored as sops stores it.</summary>
    public static async Task<string> WrapAsync(byte[] dataKey, string recipient)
    {
        ExternalTools.Require("age", "apt-get install age");
        return await RunAsync("age", ["--armor", "--recipient", recipient], dataKey);
    }

    private static async Task<string> RunAsync(string program, string[] arguments, byte[]? input)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        if (input is not null)
        {
            await process.StandardInput.BaseStream.WriteAsync(input, TestContext.Current.CancellationToken);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, $"{program} failed: {await error}");
        return await output;
    }
}
