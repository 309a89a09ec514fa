return await NixClaw.Runtime.NixClawApp.RunAsync(args, new NixClaw.Tools.TestProgram.TestToolManifest());
