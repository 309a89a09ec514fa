using NixClaw.Runtime.Workspaces.GiteaApi;
using NixClaw.Runtime.Workspaces.Lifecycle;

namespace NixClaw.Runtime.Agents;

/// <summary>Turns the Workspaces library's exceptions into operator errors with what to do.</summary>
internal static class LifecycleErrors
{
    /// <summary>Runs <paramref name="work"/>, translating its failures.</summary>
    public static async Task<T> TranslateAsync<T>(Func<Task<T>> work)
    {
        try
        {
            return await work().ConfigureAwait(false);
        }
        catch (LifecycleException e)
        {
            throw new OperatorException(ExitCodes.Failure, $"agent '{e.AgentId}': step {e.Step} failed: {e.InnerException?.Message}",
                "Fix the cause and run the same command again: every step checks what exists first, so nothing is duplicated.");
        }
        catch (GiteaAuthException e)
        {
            throw new OperatorException(ExitCodes.NoPermission, $"Gitea refused the token: {e.Message}", "Check the gitea/token secret (`secrets set`, deploy, restart).");
        }
        catch (InvalidOperationException e)
        {
            throw new OperatorException(ExitCodes.Usage, e.Message);
        }
        catch (ArgumentException e)
        {
            throw new OperatorException(ExitCodes.Usage, e.Message);
        }
        catch (HttpRequestException e)
        {
            throw new OperatorException(ExitCodes.Unavailable, $"A server did not answer: {e.Message}", "Check the network and the declared URLs (`check --probe`).");
        }
        catch (IOException e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new OperatorException(ExitCodes.Config, e.Message, "Secrets are decrypted on the host by sops-nix: run this on the host as the service user (`just ...`).");
        }
    }
}
