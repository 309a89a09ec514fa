namespace NixClaw.Runtime.Mattermost;

/// <summary>A Mattermost PostList: <see cref="Order"/> lists ids newest first; <see cref="Posts"/> may hold extra root posts.</summary>
public sealed record MattermostPostList
{
    public IReadOnlyList<string> Order { get; init; } = [];
    public IReadOnlyDictionary<string, MattermostPost> Posts { get; init; } = new Dictionary<string, MattermostPost>();
    public string NextPostId { get; init; } = "";
    public string PrevPostId { get; init; } = "";

    /// <summary>The posts named in <see cref="Order"/>, oldest first.</summary>
    public IReadOnlyList<MattermostPost> InChronologicalOrder()
    {
        var list = new List<MattermostPost>(Order.Count);
        for (var i = Order.Count - 1; i >= 0; i--)
        {
            if (Posts.TryGetValue(Order[i], out var post))
            {
                list.Add(post);
            }
        }

        list.Sort(static (a, b) => a.CreateAt.CompareTo(b.CreateAt));
        return list;
    }
}
