// This program is its own command-line tool: `dotnet run -- --help` lists the verbs (deploy, secrets, check, ...).
// On the host it also runs the gateway (`gateway`), started by the Home Manager unit that nix/ declares.
return await NixClaw.Runtime.NixClawApp.RunAsync(args, MyHost.MyHost.Manifest);
