namespace NixClaw;

/// <summary>When an agent answers a message in its channel.</summary>
public enum ChatMode
{
    /// <summary>Every message.</summary>
    OnMessage,

    /// <summary>Only when the bot is @mentioned.</summary>
    OnCall,

    /// <summary>Only messages starting with the trigger prefix.</summary>
    OnChar,
}
