using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace NixClaw.Fakes.Gitea;

/// <summary>The JSON bodies Gitea answers with (repository, organization, user, errors), and reading request bodies.</summary>
public sealed partial class FakeGiteaServer
{
    private JsonObject RepositoryJson(FakeGiteaRepository repository, FakeGiteaUser? viewer)
    {
        var isAdmin = viewer is not null && CanAdminister(viewer, repository.Owner);
        var cloneUrl = CloneUrl(repository.Owner.Name, repository.Name).ToString();
        var htmlUrl = new Uri(BaseUrl, repository.FullName).ToString();
        return new JsonObject
        {
            ["id"] = repository.Id,
            ["owner"] = OrganizationJson(repository.Owner),
            ["name"] = repository.Name,
            ["full_name"] = repository.FullName,
            ["description"] = repository.Description,
            ["empty"] = repository.IsEmpty,
            ["private"] = repository.IsPrivate,
            ["fork"] = false,
            ["template"] = false,
            ["mirror"] = false,
            ["size"] = 0,
            ["html_url"] = htmlUrl,
            ["ssh_url"] = $"git@127.0.0.1:{repository.FullName}.git",
            ["clone_url"] = cloneUrl,
            ["website"] = "",
            ["default_branch"] = repository.DefaultBranch,
            ["archived"] = false,
            ["created_at"] = repository.CreatedAt.ToString("yyyy-MM-ddTHH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture),
            ["updated_at"] = repository.CreatedAt.ToString("yyyy-MM-ddTHH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture),
            ["permissions"] = new JsonObject { ["admin"] = isAdmin, ["push"] = isAdmin, ["pull"] = true },
            ["has_issues"] = true,
            ["has_wiki"] = true,
            ["has_pull_requests"] = true,
            ["internal"] = false,
            ["object_format_name"] = "sha1",
            ["url"] = new Uri(BaseUrl, "api/v1/repos/" + repository.FullName).ToString(),
        };
    }

    private static JsonObject OrganizationJson(FakeGiteaOrganization organization) => new()
    {
        ["id"] = organization.Id,
        ["name"] = organization.Name,
        ["username"] = organization.Name,
        ["login"] = organization.Name,
        ["full_name"] = "",
        ["email"] = "",
        ["avatar_url"] = "",
        ["description"] = "",
        ["website"] = "",
        ["location"] = "",
        ["visibility"] = "public",
        ["repo_admin_change_team_access"] = false,
    };

    private static JsonObject UserJson(FakeGiteaUser user) => new()
    {
        ["id"] = user.Id,
        ["login"] = user.Login,
        ["full_name"] = "",
        ["email"] = user.Login + "@localhost",
        ["is_admin"] = user.IsAdmin,
    };

    private static async Task<JsonNode?> ReadBodyAsync(HttpContext context)
    {
        try
        {
            return await JsonNode.ParseAsync(context.Request.Body).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Task WriteNotFoundAsync(HttpContext context) =>
        WriteJsonAsync(context, 404, new JsonObject { ["message"] = "The target couldn't be found.", ["url"] = SwaggerUrl, ["errors"] = new JsonArray() });

    private static Task WriteErrorAsync(HttpContext context, int status, string message) =>
        WriteJsonAsync(context, status, new JsonObject { ["message"] = message, ["url"] = SwaggerUrl });

    private static async Task WriteJsonAsync(HttpContext context, int status, JsonNode body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json;charset=utf-8";
        await context.Response.WriteAsync(body.ToJsonString()).ConfigureAwait(false);
    }
}
