using System.Diagnostics;
using NixClaw.GatewayBenchmarks;

var sinceMain = Stopwatch.StartNew();
if (args.Length > 0 && args[0] == "gateway")
{
    return await GatewayChild.RunAsync(args, sinceMain);
}

return await LoadRun.RunAsync(args);
