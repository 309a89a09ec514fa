using Microsoft.CodeAnalysis;
using NixClaw.Generator.Helpers;

namespace NixClaw.Generator.Diagnostics;

/// <summary>A diagnostic as plain data: descriptor id, formatted message arguments and where.</summary>
internal sealed record DiagnosticInfo(string Id, EquatableArray<string> Arguments, LocationInfo? Location)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
        new(descriptor.Id, new EquatableArray<string>(arguments), location);

    public Diagnostic ToDiagnostic(Compilation? compilation) =>
        Diagnostic.Create(
            DiagnosticDescriptors.ById(Id),
            Location?.ToLocation(compilation) ?? Microsoft.CodeAnalysis.Location.None,
            System.Linq.Enumerable.ToArray<object>(Arguments));
}
