using NixClaw.GatewayBenchmarks;

LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (FormatException ex)
{
    Console.Error.WriteLine($"gateway benchmark: {ex.Message}");
    Console.Error.WriteLine(LoadOptions.Usage);
    return 2;
}

return await LoadRun.RunAsync(options);
