using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace NixClaw.Runtime.CommandLine;

/// <summary>The standard help, followed by the command's examples and the exit codes.</summary>
internal sealed class ExamplesHelpAction(HelpAction standard, IReadOnlyDictionary<Command, IReadOnlyList<Example>> examples, string programName)
    : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        var result = standard.Invoke(parseResult);
        var output = parseResult.InvocationConfiguration.Output;
        var command = parseResult.CommandResult.Command;
        if (examples.TryGetValue(command, out var list) && list.Count > 0)
        {
            output.WriteLine("Examples:");
            foreach (var example in list)
            {
                output.WriteLine($"  {programName} {example.Arguments}");
                output.WriteLine($"      {example.Description}");
            }

            output.WriteLine();
        }

        output.WriteLine("Exit codes: 0 ok, 1 failure, 2 usage, 65 bad data (secrets file), 69 tool or service unavailable,");
        output.WriteLine("            77 age key cannot decrypt or is not the declared recipient, 78 configuration error, 130 interrupted.");
        return result;
    }
}
