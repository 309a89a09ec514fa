using NixClaw.Generator.Diagnostics;
using NixClaw.Generator.Helpers;

namespace NixClaw.Generator.Model;

/// <summary>A host model (null when the class declares no usable host) and the diagnostics found while binding it.</summary>
internal sealed record BindResult(HostModel? Host, EquatableArray<DiagnosticInfo> Diagnostics);
