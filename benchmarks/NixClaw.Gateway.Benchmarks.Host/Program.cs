// The same one line as every declarations program: the benchmark runs its `gateway` verb.
return await NixClaw.Runtime.NixClawApp.RunAsync(args, GatewayBench.GatewayBench.Manifest);
