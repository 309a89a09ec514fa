namespace NixClaw.Contract;

/// <summary>
/// What a sops key may be: segments separated by <c>/</c> (nested maps in the sops file, sub-folders under
/// <see cref="SecretPaths.Root"/> on the host), each of letters, digits, <c>_</c>, <c>-</c> and <c>.</c>, never <c>.</c> or <c>..</c>.
/// </summary>
public static class SecretKeyRule
{
    /// <summary>Why <paramref name="key"/> is not a valid secret key, or null when it is.</summary>
    public static string? Problem(string key)
    {
        foreach (var segment in key.Split('/'))
        {
            if (segment.Length == 0)
            {
                return "it has an empty segment";
            }

            if (segment is "." or "..")
            {
                return "'.' and '..' segments would escape " + SecretPaths.Root;
            }

            foreach (var c in segment)
            {
                if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_' or '.' or '-'))
                {
                    return "segment '" + segment + "' may only use letters, digits, '_', '-' and '.'";
                }
            }
        }

        return null;
    }
}
