using System.Text;
using Microsoft.AspNetCore.Http;

namespace NixClaw.Fakes.Gitea;

/// <summary>Reads credentials the way Gitea's <c>parseToken</c> and basic-auth verifier do (apis.md §3.1, §3.4).</summary>
internal static class GiteaAuthenticator
{
    public static AuthResult Authenticate(HttpRequest request, Func<string, FakeGiteaUser?> findByToken)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.Length > 0)
        {
            // The keyword "token" must be exactly lowercase; "Bearer" is matched case-insensitively.
            if (header.StartsWith("token ", StringComparison.Ordinal))
            {
                return FromToken("token", header["token ".Length..].Trim(), findByToken);
            }

            if (header.StartsWith("bearer ", StringComparison.OrdinalIgnoreCase))
            {
                return FromToken("bearer", header["bearer ".Length..].Trim(), findByToken);
            }

            if (header.StartsWith("basic ", StringComparison.OrdinalIgnoreCase))
            {
                return FromBasic(header["basic ".Length..].Trim(), findByToken);
            }
        }

        var query = request.Query["token"].ToString();
        if (query.Length == 0)
        {
            query = request.Query["access_token"].ToString();
        }

        return query.Length > 0 ? FromToken("query", query, findByToken) : AuthResult.Anonymous;
    }

    private static AuthResult FromToken(string scheme, string token, Func<string, FakeGiteaUser?> findByToken)
    {
        var user = token.Length == 0 ? null : findByToken(token);
        return new AuthResult(scheme, user, user is null);
    }

    private static AuthResult FromBasic(string encoded, Func<string, FakeGiteaUser?> findByToken)
    {
        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
        }
        catch (FormatException)
        {
            return new AuthResult("basic", null, true);
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        var userName = colon < 0 ? decoded : decoded[..colon];
        var password = colon < 0 ? "" : decoded[(colon + 1)..];

        // user name = token, password empty or "x-oauth-basic" (the token is the user name).
        if (password.Length == 0 || password == "x-oauth-basic")
        {
            return FromToken("basic", userName, findByToken);
        }

        // user name = the token owner's login, password = the token.
        var user = findByToken(password);
        return user is not null && string.Equals(user.Login, userName, StringComparison.OrdinalIgnoreCase)
            ? new AuthResult("basic", user, false)
            : new AuthResult("basic", null, true);
    }
}
