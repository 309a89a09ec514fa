namespace NixClaw;

/// <summary><c>read</c>, <c>list</c> and (unless read-only) <c>write</c> and <c>edit</c>, confined to the workspace.</summary>
/// <param name="ReadOnly">Offer only <c>read</c> and <c>list</c>.</param>
public sealed record FileTools(bool ReadOnly = false) : Tool;
