using NixClaw.Bindings;
using NixClaw.Contract;
using NixClaw.Runtime.Processes;
using NixClaw.Runtime.Project;
using NixClaw.Runtime.Sops;
using NixClaw.Sops;

namespace NixClaw.Runtime.Checks;

/// <summary>The checks that tell, before anything is copied to a machine, whether a deploy would fail.</summary>
internal sealed class PreflightChecks(HostManifest manifest, FlakeProject project, GeneratedFileSet generated, AppEnvironment environment)
{
    /// <summary>Build hint used when the Nix folder is behind the declarations.</summary>
    public const string BuildHint = "Run `dotnet build` in the declarations project (it rewrites nix/), review and commit the changes, then run again.";

    /// <summary>
    /// Everything a deploy needs, in report order: what <c>check</c> prints and what <c>deploy</c> runs first.
    /// An update (<paramref name="install"/> false) does not copy the age key, so it does not need it.
    /// </summary>
    public async Task<List<CheckItem>> DeployReadinessAsync(string keyFile, bool install, CancellationToken cancellationToken)
    {
        var items = new List<CheckItem> { GeneratedFiles(), NuGetLock(), Secrets() };
        if (install)
        {
            items.Add(await AgeKeyAsync(keyFile, cancellationToken).ConfigureAwait(false));
        }

        items.Add(await SecretsDecryptAsync(keyFile, cancellationToken).ConfigureAwait(false));
        items.Add(await NixParseAsync(cancellationToken).ConfigureAwait(false));
        items.Add(await GitTrackedAsync(cancellationToken).ConfigureAwait(false));
        items.Add(await GitCleanAsync(cancellationToken).ConfigureAwait(false));
        return items;
    }

    /// <summary>The Nix folder matches the files compiled into this program, byte for byte.</summary>
    public CheckItem GeneratedFiles()
    {
        const string name = "generated-files";
        if (generated.Files.Count == 0)
        {
            return CheckItem.Failed(name, "this program carries no generated files", [],
                "Build the program from a declarations project that references the NixClaw generator.");
        }

        var drift = GeneratedFilesComparer.Compare(generated, project.NixDirectory);
        return drift.Count == 0
            ? CheckItem.Ok(name, $"{generated.Files.Count} generated files match the declarations")
            : CheckItem.Failed(name, $"{drift.Count} generated file(s) out of date in {project.NixDirectory}", drift.Select(d => d.Describe()).ToList(), BuildHint);
    }

    /// <summary>
    /// <c>deps.json</c>, the NuGet lock the Nix build restores from, is there and, where the project was restored on this
    /// machine, holds exactly what <c>dotnet build</c> would write (the same computation as the build task).
    /// </summary>
    public CheckItem NuGetLock()
    {
        const string name = "nuget-lock";
        var lockFile = Path.Combine(project.NixDirectory, NixClaw.Build.NuGetLock.FileName);
        var fix = "Run `dotnet build` in the declarations project (it writes nix/deps.json from the restore), then commit nix/deps.json.";
        if (!File.Exists(lockFile))
        {
            return CheckItem.Failed(name, $"{lockFile} is missing: the Nix build cannot restore the program's packages", [], fix);
        }

        if (generated.Source is not { } source)
        {
            return CheckItem.Skipped(name, "this program does not say where its project is: the lock was not compared");
        }

        var assets = Path.Combine(source.ProjectDirectory(project.NixDirectory), "obj", "project.assets.json");
        if (!File.Exists(assets))
        {
            return CheckItem.Ok(name, $"{NixClaw.Build.NuGetLock.FileName} present (no restore of the project here to compare it with)");
        }

        byte[] expected;
        try
        {
            expected = NixClaw.Build.NuGetLock.Compute(assets, source.PackageSourcePath(project.NixDirectory));
        }
        catch (Exception e) when (e is NixClaw.Build.NuGetLockException or IOException or UnauthorizedAccessException)
        {
            return CheckItem.Failed(name, $"the NuGet lock cannot be computed: {e.Message}", [], fix);
        }

        return File.ReadAllBytes(lockFile).AsSpan().SequenceEqual(expected)
            ? CheckItem.Ok(name, $"{NixClaw.Build.NuGetLock.FileName} matches the restored packages")
            : CheckItem.Failed(name, $"{lockFile} does not match the packages the project restores", [], fix);
    }

    /// <summary>
    /// With the operator's key, every value of the sops file decrypts and the file's MAC verifies: what sops-nix does on
    /// the host at boot, where a failure leaves every service without its secrets.
    /// </summary>
    public async Task<CheckItem> SecretsDecryptAsync(string keyFile, CancellationToken cancellationToken)
    {
        const string name = "secrets-decrypt";
        if (!File.Exists(project.SecretsFile))
        {
            return CheckItem.Skipped(name, $"{project.SecretsFileRelative} does not exist yet");
        }

        if (!File.Exists(keyFile))
        {
            return CheckItem.Skipped(name, $"no age key at {keyFile}: values not decrypted");
        }

        var restore = $"Restore {project.SecretsFileRelative} from git (`git checkout -- {project.SecretsFileRelative}`), or set each value again with `{ProgramNameHint} secrets set <name>`.";
        try
        {
            var document = SopsDocument.Parse(File.ReadAllText(project.SecretsFile), Path.GetFileName(project.SecretsFile));
            byte[]? dataKey = null;
            foreach (var (_, armored) in document.AgeEntries())
            {
                dataKey = await new AgeTool(environment.Processes).DecryptAsync(armored, keyFile, cancellationToken).ConfigureAwait(false);
                if (dataKey is not null)
                {
                    break;
                }
            }

            if (dataKey is null)
            {
                return CheckItem.Failed(name, $"{project.SecretsFileRelative} does not decrypt with {keyFile}", [$"encrypted for {string.Join(", ", document.Recipients)}"],
                    "Use the key the file was encrypted for (--age-key or $SOPS_AGE_KEY_FILE). " + restore, ExitCodes.NoPermission);
            }

            try
            {
                var values = SopsCrypto.DecryptAll(document, dataKey).Count;
                SopsCrypto.VerifyMac(document, dataKey);
                return CheckItem.Ok(name, $"{values} value(s) decrypt with {keyFile} and the MAC verifies");
            }
            finally
            {
                System.Security.Cryptography.CryptographicOperations.ZeroMemory(dataKey);
            }
        }
        catch (Exception e) when (e is SopsFormatException or System.Security.Cryptography.CryptographicException)
        {
            return CheckItem.Failed(name, $"{project.SecretsFileRelative} is damaged: {e.Message}", [], restore, ExitCodes.DataError);
        }
    }

    /// <summary>Every declared secret is in the sops file, encrypted for the declared recipient (read without decrypting).</summary>
    /// <param name="undeclaredFails">True for <c>secrets check</c>; a deploy only warns about leftovers.</param>
    public CheckItem Secrets(bool undeclaredFails = false)
    {
        const string name = "secrets";
        var declared = manifest.AllSecrets.Select(s => s.Key).ToList();
        SecretsInventory inventory;
        try
        {
            inventory = SecretsInventory.Read(project.SecretsFile, project.SecretsFileRelative, declared);
        }
        catch (SopsFormatException e)
        {
            return CheckItem.Failed(name, $"{project.SecretsFileRelative} is not a valid sops file", [e.Message],
                "Restore it from git, or move it aside and set the secrets again with `secrets set <name>`.", ExitCodes.DataError);
        }

        var details = new List<string>();
        details.AddRange(inventory.Missing.Select(k => $"missing: {k}"));
        var recipient = manifest.Host.AgeRecipient;
        if (inventory.FileExists && recipient.Length > 0 && !inventory.Recipients.Contains(recipient, StringComparer.Ordinal))
        {
            details.Add($"encrypted for {string.Join(", ", inventory.Recipients)}, not the declared recipient {recipient}");
        }

        var leftovers = inventory.Undeclared.Select(k => $"undeclared: {k}").ToList();
        if (undeclaredFails)
        {
            details.AddRange(leftovers);
        }

        if (details.Count > 0)
        {
            var summary = inventory.FileExists
                ? $"{project.SecretsFileRelative}: {inventory.Missing.Count} declared secret(s) missing" + (undeclaredFails ? $", {inventory.Undeclared.Count} undeclared" : "")
                : $"{project.SecretsFileRelative} does not exist ({declared.Count} secret(s) declared)";
            var hint = $"Set each missing value with `{ProgramNameHint} secrets set <name>` (value from stdin or a prompt)"
                + (inventory.Undeclared.Count > 0 && undeclaredFails ? "; remove undeclared keys, or declare them as Secret fields" : "") + ".";
            details.AddRange(undeclaredFails ? [] : leftovers);
            return CheckItem.Failed(name, summary, details, hint);
        }

        return leftovers.Count > 0
            ? new CheckItem(name, CheckStatus.Warning, $"all {declared.Count} declared secrets present; {leftovers.Count} undeclared key(s) left in the file", leftovers,
                "Remove them, or declare them as Secret fields.")
            : CheckItem.Ok(name, $"all {declared.Count} declared secrets present in {project.SecretsFileRelative}");
    }

    /// <summary>The operator's age key exists and is the declared recipient (the deploy copies it to the host).</summary>
    public async Task<CheckItem> AgeKeyAsync(string keyFile, CancellationToken cancellationToken)
    {
        const string name = "age-key";
        var recipient = manifest.Host.AgeRecipient;
        if (recipient.Length == 0)
        {
            return CheckItem.Failed(name, "no age recipient declared", [], $"Run `{ProgramNameHint} secrets init`, add the AgeRecipient line it prints to the Host declaration, and run `dotnet build`.");
        }

        if (!File.Exists(keyFile))
        {
            return CheckItem.Failed(name, $"no age key at {keyFile}", [], $"Run `{ProgramNameHint} secrets init` to create one, or pass --age-key <file>.");
        }

        var publicKeys = await new AgeTool(environment.Processes).PublicKeysAsync(keyFile, cancellationToken).ConfigureAwait(false);
        return publicKeys.Contains(recipient, StringComparer.Ordinal)
            ? CheckItem.Ok(name, $"{keyFile} holds the declared recipient")
            : CheckItem.Failed(name, $"{keyFile} is not the declared recipient {recipient}", publicKeys.Select(k => "key file has: " + k).ToList(),
                "Use the matching key (--age-key), or declare this key's public key as Host.AgeRecipient and rebuild.", ExitCodes.NoPermission);
    }

    /// <summary>Every generated <c>.nix</c> file parses (<c>nix-instantiate --parse</c>; skipped without Nix).</summary>
    public async Task<CheckItem> NixParseAsync(CancellationToken cancellationToken)
    {
        const string name = "nix-parse";
        if (!environment.Processes.IsAvailable("nix-instantiate"))
        {
            return CheckItem.Skipped(name, "nix-instantiate not found: Nix files not parsed", "Install Nix to check the files before a deploy.");
        }

        var errors = new List<string>();
        var files = generated.Files.Where(f => f.Path.EndsWith(".nix", StringComparison.Ordinal)).ToList();
        foreach (var file in files)
        {
            var full = Path.Combine(project.NixDirectory, file.Path);
            if (!File.Exists(full))
            {
                continue;
            }

            var result = await environment.Processes.RunAsync(
                new ProcessSpec("nix-instantiate", ["--store", "dummy://", "--parse", full]), cancellationToken).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                errors.Add($"{file.Path}: {result.StandardError.Trim()}");
            }
        }

        return errors.Count == 0
            ? CheckItem.Ok(name, $"{files.Count} Nix files parse")
            : CheckItem.Failed(name, $"{errors.Count} Nix file(s) do not parse", errors, BuildHint);
    }

    /// <summary>
    /// Inside a git repository, every generated file and the secrets file are tracked: a flake in a git repository
    /// only sees tracked files, so an untracked secrets file fails the deploy with "path does not exist".
    /// </summary>
    public async Task<CheckItem> GitTrackedAsync(CancellationToken cancellationToken)
    {
        const string name = "git-tracked";
        if (!environment.Processes.IsAvailable("git"))
        {
            return CheckItem.Skipped(name, "git not found: tracking not checked");
        }

        var listed = await environment.Processes.RunAsync(
            new ProcessSpec("git", ["-C", project.NixDirectory, "ls-files", "-z", "--", "."]), cancellationToken).ConfigureAwait(false);
        if (!listed.Succeeded)
        {
            return listed.StandardError.Contains("not a git repository", StringComparison.Ordinal)
                ? CheckItem.Skipped(name, "the Nix folder is not in a git repository")
                : CheckItem.Skipped(name, "git ls-files failed: " + listed.StandardError.Trim());
        }

        var tracked = listed.OutputText.Split('\0', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var required = generated.Files.Select(f => f.Path).Append(GeneratedFilesList.FileName).Append(NixClaw.Build.NuGetLock.FileName).ToList();
        if (File.Exists(project.SecretsFile))
        {
            required.Add(project.SecretsFileRelative);
        }

        var untracked = required.Where(p => !tracked.Contains(p)).ToList();
        return untracked.Count == 0
            ? CheckItem.Ok(name, $"{required.Count} files tracked by git")
            : CheckItem.Failed(name, $"{untracked.Count} file(s) not tracked by git: Nix will not see them", untracked,
                $"git add {ShellQuote.Quote(project.NixDirectory)} (the secrets file is encrypted and meant to be committed).");
    }

    /// <summary>
    /// Nothing under the flake's source root (the project's own sources, nix/, the secrets file) is untracked or
    /// changed but not committed: a flake sees only what git tracks, and a deploy should install what was reviewed.
    /// </summary>
    public async Task<CheckItem> GitCleanAsync(CancellationToken cancellationToken)
    {
        const string name = "git-clean";
        if (!environment.Processes.IsAvailable("git"))
        {
            return CheckItem.Skipped(name, "git not found: uncommitted changes not checked");
        }

        var root = generated.Source?.SourceRootPath(project.NixDirectory) ?? Path.GetDirectoryName(project.NixDirectory)!;
        var status = await environment.Processes.RunAsync(
            new ProcessSpec("git", ["-C", root, "status", "--porcelain=v1", "-z", "--untracked-files=all", "--", "."]), cancellationToken).ConfigureAwait(false);
        if (!status.Succeeded)
        {
            return status.StandardError.Contains("not a git repository", StringComparison.Ordinal)
                ? CheckItem.Skipped(name, $"{root} is not in a git repository (a flake there sees every file)")
                : CheckItem.Skipped(name, "git status failed: " + status.StandardError.Trim());
        }

        var entries = status.OutputText.Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Where(e => e.Length > 3)
            .Select(e => (e[..2] == "??" ? "untracked: " : "not committed: ") + e[3..])
            .ToList();
        return entries.Count == 0
            ? CheckItem.Ok(name, $"everything under {root} is committed")
            : CheckItem.Failed(name, $"{entries.Count} file(s) under {root} are untracked or not committed: the flake would build something else", entries,
                $"Review and commit them: git -C {ShellQuote.Quote(root)} add -A && git -C {ShellQuote.Quote(root)} commit (or list build output in .gitignore).");
    }

    /// <summary>An HTTP endpoint answers (any status below 500 counts as reachable).</summary>
    public async Task<CheckItem> ProbeAsync(string name, string url, CancellationToken cancellationToken)
    {
        try
        {
            using var client = environment.CreateHttpClient();
            using var response = await client.GetAsync(new Uri(url), cancellationToken).ConfigureAwait(false);
            return (int)response.StatusCode < 500
                ? CheckItem.Ok(name, $"{url} answered {(int)response.StatusCode}")
                : CheckItem.Failed(name, $"{url} answered {(int)response.StatusCode}", [], "Check the server; the gateway needs it.", ExitCodes.Unavailable);
        }
        catch (HttpRequestException e)
        {
            return CheckItem.Failed(name, $"{url} is unreachable", [e.Message], "Check the URL in the declarations, DNS and the network.", ExitCodes.Unavailable);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return CheckItem.Failed(name, $"{url} did not answer in time", [], "Check the server and the network.", ExitCodes.Unavailable);
        }
    }

    /// <summary>What the operator types to run the program, in hints (<see cref="CommandLine.VerbContext.Command"/>); set by the verbs.</summary>
    public string ProgramNameHint { get; init; } = "<program>";
}
