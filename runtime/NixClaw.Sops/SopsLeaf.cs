using YamlDotNet.RepresentationModel;

namespace NixClaw.Sops;

/// <summary>One value of the data tree (everything but the <c>sops</c> metadata).</summary>
/// <param name="Path">Map keys from the root, for example <c>["mattermost", "bot_token"]</c>.</param>
/// <param name="Scalar">The stored (encrypted) text.</param>
public sealed record SopsLeaf(IReadOnlyList<string> Path, YamlScalarNode Scalar)
{
    /// <summary>The stored text (empty for a YAML null).</summary>
    public string Text => Scalar.Value ?? "";

    /// <summary>1-based line of the value in its file.</summary>
    public long Line => Scalar.Start.Line;

    /// <summary>The sops-nix secret name: keys joined with <c>/</c>.</summary>
    public string Key => string.Join('/', Path);

    /// <summary>The AES-GCM additional data: keys joined with <c>:</c>, plus a trailing <c>:</c>.</summary>
    public string AdditionalData => string.Concat(Path.Select(p => p + ":"));
}
