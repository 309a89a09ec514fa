using Microsoft.Extensions.Logging;
using NixClaw.Runtime.Sandbox.Tools;

namespace NixClaw.Runtime.Gateway.Agents;

/// <summary>What a turn offers its tools through <c>AIFunctionArguments.Services</c>: the turn (channel, user) and the gateway's loggers.</summary>
internal sealed class ToolTurnServices(ToolTurn turn, ILoggerFactory loggerFactory) : IServiceProvider
{
    public object? GetService(Type serviceType) =>
        serviceType == typeof(ToolTurn) ? turn
        : serviceType == typeof(ILoggerFactory) ? loggerFactory
        : null;
}
