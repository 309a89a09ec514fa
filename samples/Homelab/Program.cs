// The declarations program is its own command-line tool: deploy and secrets from the operator's machine,
// status, logs and restart on the host. `dotnet run -- --help` lists the verbs.
return await NixClaw.Runtime.NixClawApp.RunAsync(args, Homelab.Homelab.Manifest);
