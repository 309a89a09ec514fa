namespace NixClaw.Runtime.Gateway.Routing;

/// <summary>What became of one delivered post.</summary>
public enum PostOutcome
{
    /// <summary>Posted by the bot itself.</summary>
    OwnPost,

    /// <summary>No agent is bound to the channel.</summary>
    UnboundChannel,

    /// <summary>The sender is not on the allowlist.</summary>
    SenderNotAllowed,

    /// <summary>The post does not address the bot in the chat mode.</summary>
    NotTriggered,

    /// <summary>Already answered or being answered (a redelivery).</summary>
    Duplicate,

    /// <summary>Claimed too often without an answer.</summary>
    GivenUp,

    /// <summary>Answered.</summary>
    Answered,

    /// <summary>Answered with an error message (the model failed).</summary>
    ErrorReplied,

    /// <summary>A reply from before a crash was found and recorded; nothing posted.</summary>
    RecoveredReply,

    /// <summary>Shutdown cut the turn short; the claim was released for the next run.</summary>
    Abandoned,
}
