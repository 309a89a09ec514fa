using System.Text.Json;

// Until the runtime's verbs land, the program prints the compiled manifest: proof that the
// declarations evaluated and bound. `dotnet run -- manifest`.
if (args is [] or ["manifest"])
{
    Console.WriteLine(JsonSerializer.Serialize(new
    {
        Homelab.Homelab.Manifest.Host,
        Agents = Homelab.Homelab.Manifest.AllAgents,
        Secrets = Homelab.Homelab.Manifest.AllSecrets,
        Users = Homelab.Homelab.Manifest.AllUsers,
    }, new JsonSerializerOptions { WriteIndented = true }));
    return 0;
}

Console.Error.WriteLine($"Homelab: unknown verb '{args[0]}'. Available: manifest");
return 64;
