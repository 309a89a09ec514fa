namespace NixClaw.Runtime.Gateway;

/// <summary>The gateway cannot start with this configuration; the gateway host exits with 78 (EX_CONFIG) and this one-line message.</summary>
public sealed class GatewayConfigurationException : Exception
{
    public GatewayConfigurationException(string message)
        : base(message)
    {
    }

    public GatewayConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
