namespace NixClaw.Fakes.Mattermost;

/// <summary>An AppError the fake answers with.</summary>
internal sealed class FakeApiException(int status, string id, string message) : Exception(message)
{
    public int Status { get; } = status;
    public string Id { get; } = id;
}
