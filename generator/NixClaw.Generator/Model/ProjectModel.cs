using NixClaw.Generator.Helpers;

namespace NixClaw.Generator.Model;

/// <summary>
/// Every host of the project, sorted by host name. Immutable with structural equality throughout
/// (no symbols, syntax, locations or compilations), so unchanged declarations hit the generator cache.
/// </summary>
internal sealed record ProjectModel(EquatableArray<HostModel> Hosts);
