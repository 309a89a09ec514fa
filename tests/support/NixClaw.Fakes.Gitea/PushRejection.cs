namespace NixClaw.Fakes.Gitea;

/// <summary>How the fake refuses pushes.</summary>
public enum PushRejection
{
    /// <summary>Pushes are accepted.</summary>
    None,

    /// <summary>The real <c>pre-receive</c> hook of the bare repository declines every push.</summary>
    PreReceiveHook,

    /// <summary>receive-pack requests are answered 403 before git runs.</summary>
    Forbidden,
}
