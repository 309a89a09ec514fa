using System;

namespace NixClaw;

/// <summary>A tool an agent may call.</summary>
public abstract record Tool
{
    /// <summary>
    /// A tool written in C#: a static method marked <see cref="AgentToolAttribute"/>, named by a method group
    /// (<c>Tool.From(Water)</c>), so a rename is a refactoring and a typo a compile error.
    /// </summary>
    public static Tool From(Delegate method)
    {
        // Not ArgumentNullException.ThrowIfNull: this file also compiles for netstandard2.0 (the generator).
        if (method is null)
        {
            throw new ArgumentNullException(nameof(method));
        }

        return new MethodTool(method.Method.Name);
    }
}

/// <summary>A tool written in C# (see <see cref="Tool.From(Delegate)"/>).</summary>
/// <param name="MethodName">The name of the <see cref="AgentToolAttribute"/> method.</param>
public sealed record MethodTool(string MethodName) : Tool;
