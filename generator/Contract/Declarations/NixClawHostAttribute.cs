using System;

namespace NixClaw;

/// <summary>
/// Marks a <c>static partial class</c> whose <c>static readonly</c> fields declare one NixOS host and
/// everything on it. The NixClaw generator evaluates the field initialisers at compile time, reports
/// mistakes as <c>NCLAW</c> diagnostics, and generates a typed <c>Manifest</c> plus the Nix files.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class NixClawHostAttribute : Attribute;
