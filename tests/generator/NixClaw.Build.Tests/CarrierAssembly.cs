using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NixClaw.Build.Tests;

/// <summary>Compiles a throwaway assembly holding the carrier class the NixClaw generator would emit.</summary>
internal static class CarrierAssembly
{
    /// <summary>Emits an assembly whose carrier class declares <paramref name="constants"/> (name, C# value expression or string).</summary>
    public static string Compile(string folder, params (string Name, string Value)[] constants) =>
        CompileSource(folder, Carrier(constants.Select(c => $"internal const string {c.Name} = {Literal(c.Value)};")));

    /// <summary>Emits an assembly from raw member declarations placed inside the carrier class.</summary>
    public static string CompileMembers(string folder, params string[] members) => CompileSource(folder, Carrier(members));

    /// <summary>Carrier value for one file: path, newline, content.</summary>
    public static (string Name, string Value) File(int index, string path, string content) => ($"File{index}", path + "\n" + content);

    private static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    private static string Carrier(IEnumerable<string> members) =>
        "namespace NixClaw.Generated { internal static class NixClawGeneratedFiles {\n"
        + string.Join("\n", members)
        + "\n} }\nnamespace Other { internal static class NixClawGeneratedFiles { internal const string File0 = \"decoy\\nnot ours\"; } }\n";

    private static string CompileSource(string folder, string source)
    {
        Directory.CreateDirectory(folder);
        var compilation = CSharpCompilation.Create(
            "Carrier" + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(source)],
            Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var path = Path.Combine(folder, compilation.AssemblyName + ".dll");
        using (var stream = System.IO.File.Create(path))
        {
            var result = compilation.Emit(stream);
            Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        }

        return path;
    }
}
