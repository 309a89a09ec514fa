using System.CommandLine;

namespace NixClaw.Runtime.CommandLine;

/// <summary>
/// One verb of the program. A verb builds its <see cref="Command"/> (options, arguments, examples) and sets its
/// action through <see cref="VerbContext.SetAction"/>, which maps <see cref="OperatorException"/> and Ctrl-C to exit codes.
/// Adding a verb (for example <c>gateway</c> from NixClaw.Runtime.Gateway) is one class and one line in <see cref="NixClawApp"/>.
/// </summary>
internal interface IVerb
{
    /// <summary>Builds the command.</summary>
    Command Create(VerbContext context);
}
