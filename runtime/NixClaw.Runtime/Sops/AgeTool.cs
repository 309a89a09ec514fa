using NixClaw.Runtime.Processes;

namespace NixClaw.Runtime.Sops;

/// <summary>The <c>age</c> and <c>age-keygen</c> programs: wrapping the sops data key, and the operator's key file.</summary>
internal sealed class AgeTool(IProcessRunner processes)
{
    /// <summary>Wraps <paramref name="data"/> for <paramref name="recipient"/>, ASCII-armored (as sops stores it).</summary>
    public async Task<string> EncryptArmoredAsync(byte[] data, string recipient, CancellationToken cancellationToken)
    {
        var result = await RunAsync(new ProcessSpec("age", ["--armor", "--recipient", recipient]) { StandardInput = data }, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new OperatorException(ExitCodes.Config, $"age could not encrypt for the recipient {recipient}: {result.StandardError.Trim()}",
                "Check Host.AgeRecipient in your declarations: it must be an age1... public key.");
        }

        return result.OutputText;
    }

    /// <summary>Unwraps an armored data key with the identities in <paramref name="identityFile"/>; null when none matches.</summary>
    public async Task<byte[]?> DecryptAsync(string armored, string identityFile, CancellationToken cancellationToken)
    {
        var result = await RunAsync(
            new ProcessSpec("age", ["--decrypt", "--identity", identityFile]) { StandardInput = System.Text.Encoding.ASCII.GetBytes(armored) },
            cancellationToken).ConfigureAwait(false);
        if (result.Succeeded)
        {
            return result.StandardOutput;
        }

        if (result.StandardError.Contains("no identity matched", StringComparison.Ordinal))
        {
            return null;
        }

        throw new OperatorException(ExitCodes.DataError, $"age could not decrypt the sops data key: {result.StandardError.Trim()}");
    }

    /// <summary>The public keys (recipients) of the identities in <paramref name="identityFile"/>.</summary>
    public async Task<IReadOnlyList<string>> PublicKeysAsync(string identityFile, CancellationToken cancellationToken)
    {
        var result = await RunAsync(new ProcessSpec("age-keygen", ["-y", identityFile]), cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new OperatorException(ExitCodes.Config, $"{identityFile} is not a readable age key file: {result.StandardError.Trim()}",
                "Create one with `secrets init`, or point --age-key (or $SOPS_AGE_KEY_FILE) at your key.");
        }

        return result.OutputText.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>Creates a new key file (mode 600, by age-keygen) and returns its public key.</summary>
    public async Task<string> GenerateAsync(string identityFile, CancellationToken cancellationToken)
    {
        var result = await RunAsync(new ProcessSpec("age-keygen", ["-o", identityFile]), cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new OperatorException(ExitCodes.Failure, $"age-keygen could not write {identityFile}: {result.StandardError.Trim()}");
        }

        return (await PublicKeysAsync(identityFile, cancellationToken).ConfigureAwait(false))[0];
    }

    private async Task<ProcessResult> RunAsync(ProcessSpec spec, CancellationToken cancellationToken)
    {
        try
        {
            return await processes.RunAsync(spec, cancellationToken).ConfigureAwait(false);
        }
        catch (ToolNotFoundException e)
        {
            throw new OperatorException(ExitCodes.Unavailable, e.Message,
                "Install age (macOS: `brew install age` or `nix profile install nixpkgs#age`; Debian: `apt-get install age`).");
        }
    }
}
