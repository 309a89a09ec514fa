using NixClaw.Generator.Diagnostics;
using NixClaw.Generator.Helpers;

namespace NixClaw.Generator.Evaluation;

/// <summary>What the Extract stage produces for one <c>[NixClawHost]</c> class.</summary>
internal sealed record HostClass(
    string Namespace,
    string Name,
    string Accessibility,
    LocationInfo? Location,
    EquatableArray<DeclaredField> Fields,
    EquatableArray<DiagnosticInfo> Diagnostics);
