using static NixClaw.Generator.Tests.Diagnostics.Expected;

namespace NixClaw.Generator.Tests.Diagnostics;

/// <summary>NCLAW5xx: host-wide checks, and host names across classes and files.</summary>
public sealed class HostDiagnosticsTests
{
    private const string HostStart = "Host Nixclaw = new(\"nixclaw\")\n    {";
    private const string HostEnd = "ConfigDirectory = \"nix-config/hosts/nixclaw\",\n    };";
    private const string GatewayPort = "new(Port: 18789)";

    private static (string, string)[] MarkHost => [(HostStart, "Host Nixclaw = [|new(\"nixclaw\")\n    {"), (HostEnd, "ConfigDirectory = \"nix-config/hosts/nixclaw\",\n    }|];")];

    [Fact]
    public void NCLAW501_ClassWithoutHost() =>
        DiagnosticAssert.Exactly(
            """
            using NixClaw;

            [NixClawHost]
            public static partial class [|Empty|]
            {
                public static readonly Secret Token = new("token");
            }
            """,
            Error("NCLAW501", "Class 'Empty' is marked [NixClawHost] but declares no Host"));

    [Fact]
    public void NCLAW502_TwoHostsInOneClass() =>
        DiagnosticAssert.Exactly(
            Sources.Minimal("public static readonly Host [|Second|] = new(\"second\");"),
            Error("NCLAW502", "Class 'Box' declares more than one Host ('Second'); use one [NixClawHost] class per host"));

    [Theory]
    [InlineData("NixClaw")]
    [InlineData("-nixclaw")]
    [InlineData("nixclaw-")]
    [InlineData("nix_claw")]
    [InlineData("nix.claw")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void NCLAW503_InvalidHostName(string name) =>
        DiagnosticAssert.Exactly(
            Sources.Minimal(hostName: "[|" + name + "|]").Replace("new(\"[|" + name + "|]\")", "new([|\"" + name + "\"|])"),
            Error("NCLAW503", $"Host name '{name}' is invalid: use 1 to 63 lowercase letters, digits and '-', not starting or ending with '-'"));

    [Fact]
    public void HostNameOf63CharactersIsValid() => DiagnosticAssert.Clean(Sources.Minimal(hostName: "a" + new string('-', 61) + "z"));

    [Theory]
    [InlineData("0")]
    [InlineData("70000")]
    [InlineData("-1")]
    public void NCLAW504_GatewayPortOutOfRange(string port) =>
        DiagnosticAssert.Exactly(
            Sources.Sample((GatewayPort, $"new(Port: [|{port}|])")),
            Error("NCLAW504", $"Port {port} of the gateway is outside 1..65535"));

    [Fact]
    public void NCLAW504_SshPortOutOfRange() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("TimeZone = \"America/Chicago\",", "TimeZone = \"America/Chicago\",\n        SshPort = [|70000|],")),
            Error("NCLAW504", "Port 70000 of sshd is outside 1..65535"));

    [Fact]
    public void NCLAW505_GatewayOnTheSshPort() =>
        DiagnosticAssert.Exactly(
            Sources.Sample([.. MarkHost, (GatewayPort, "new(Port: 22)")]),
            Error("NCLAW505", "Port 22 of sshd is also used by the gateway"));

    [Fact]
    public void NCLAW505_SshOnTheGatewayPort() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("TimeZone = \"America/Chicago\",", "TimeZone = \"America/Chicago\",\n        SshPort = [|18789|],")),
            Error("NCLAW505", "Port 18789 of sshd is also used by the gateway"));

    [Fact]
    public void NCLAW505_GatewayOnTheLocalModelServerPort() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(
                (GatewayPort, "new(Port: 11434)"),
                ("Endpoint = \"http://127.0.0.1:11434/v1\"", "Endpoint = [|\"http://127.0.0.1:11434/v1\"|]")),
            Error("NCLAW505", "Port 11434 of the endpoint of model 'LocalLlama' is also used by the gateway"));

    [Fact]
    public void NCLAW505_DefaultGatewayPortTakenByALocalModelServer() =>
        DiagnosticAssert.Exactly(
            Sources.Minimal(
                "public static readonly Model Local = new(\"local\", ModelProvider.Ollama, \"llama3.1:8b\") { IsDefault = true, Endpoint = [|\"http://localhost:18789/v1\"|] };"),
            Error("NCLAW505", "Port 18789 of the endpoint of model 'Local' is also used by the gateway"));

    [Fact]
    public void TwoModelsOnOneLocalServerShareItsPort() =>
        DiagnosticAssert.Clean(Sources.Sample(("public static readonly Model Gpt", "public static readonly Model Qwen = new(\"qwen\", ModelProvider.Ollama, \"qwen3:8b\") { Endpoint = \"http://127.0.0.1:11434/v1\" };\n\n    public static readonly Model Gpt")));

    [Theory]
    [InlineData("StateVersion", "latest", "use a NixOS release such as \"25.11\"")]
    [InlineData("StateVersion", "", "use a NixOS release such as \"25.11\"")]
    [InlineData("TimeZone", "America/New York", "use an IANA zone such as \"Europe/Berlin\"")]
    [InlineData("TimeZone", "../etc/passwd", "use an IANA zone such as \"Europe/Berlin\"")]
    [InlineData("ConfigDirectory", "/etc/nixos", "use a folder relative to the admin's home")]
    [InlineData("ConfigDirectory", "../nix-config", "use a folder relative to the admin's home")]
    public void NCLAW506_InvalidHostValue(string property, string value, string problem) =>
        DiagnosticAssert.Exactly(
            Sources.Minimal(host: $" {{ {property} = [|\"{value}\"|] }}"),
            Error("NCLAW506", $"Value '{value}' of Host.{property} is invalid: {problem}"));

    [Fact]
    public void NCLAW007_SameHostNameInTwoClassesInDifferentFiles() =>
        DiagnosticAssert.Exactly(
            [Sources.Minimal(className: "Alpha", hostName: "box"), Sources.Minimal(className: "Beta").Replace("new(\"box\")", "new([|\"box\"|])")],
            Error("NCLAW007", "Host name 'box' is already declared by 'Alpha.Machine'; names must be unique"));

    [Fact]
    public void DifferentHostNamesInTwoClassesAreFine() =>
        DiagnosticAssert.Clean(Sources.Minimal(className: "Alpha", hostName: "alpha"), Sources.Minimal(className: "Beta", hostName: "beta"));
}
