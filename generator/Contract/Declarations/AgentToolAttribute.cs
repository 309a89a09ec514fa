using System;

namespace NixClaw;

/// <summary>
/// Marks a static method of a <see cref="NixClawHostAttribute"/> project as a tool agents may call. Its XML doc
/// comment (<c>&lt;summary&gt;</c>, one <c>&lt;param&gt;</c> per parameter) is the description the model sees; the
/// generator turns the signature into the tool's JSON schema and a reflection-free function at compile time.
/// Give it to an agent with <see cref="Tool.From(Delegate)"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class AgentToolAttribute : Attribute
{
    /// <summary>The name the model calls; the method name in snake_case when null.</summary>
    public string? Name { get; init; }

    /// <summary>
    /// Run in the gateway process instead of the agent's sandbox. The tool then runs with the gateway's rights: it can
    /// read every secret and every workspace. Only for tools that need nothing the sandbox withholds.
    /// </summary>
    public bool InProcess { get; init; }
}
