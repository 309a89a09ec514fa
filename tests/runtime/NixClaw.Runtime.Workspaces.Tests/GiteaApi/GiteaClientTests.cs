using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using NixClaw.Runtime.Workspaces.GiteaApi;

namespace NixClaw.Runtime.Workspaces.Tests.GiteaApi;

/// <summary>The client against the fake, and the fake's protocol details (apis.md §3.5) checked with raw HTTP.</summary>
public sealed class GiteaClientTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_get_delete_with_Gitea_status_codes()
    {
        await using var gitea = await GiteaFixture.StartAsync();
        var request = new GiteaCreateRepository("alpha", "workspace", true, "main");

        var created = await gitea.Client.CreateOrganizationRepositoryAsync(GiteaFixture.Organization, request, Ct);
        Assert.Equal("NixClaw/alpha", created.FullName);
        Assert.True(created.IsPrivate);
        Assert.True(created.IsEmpty);
        Assert.Equal(gitea.Server.CloneUrl("NixClaw", "alpha").ToString(), created.CloneUrl);
        Assert.True(Directory.Exists(gitea.Server.FindRepository("NixClaw", "alpha")!.BarePath));

        var duplicate = await Assert.ThrowsAsync<GiteaConflictException>(() => gitea.Client.CreateOrganizationRepositoryAsync(GiteaFixture.Organization, request with { Name = "ALPHA" }, Ct));
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal("The repository with the same name already exists.", duplicate.ServerMessage);

        var (again, wasCreated) = await gitea.Client.EnsureOrganizationRepositoryAsync(GiteaFixture.Organization, request, Ct);
        Assert.False(wasCreated);
        Assert.Equal(created.Id, again.Id);

        Assert.True(await gitea.Client.DeleteRepositoryAsync(GiteaFixture.Organization, "alpha", Ct));
        Assert.Null(await gitea.Client.GetRepositoryAsync(GiteaFixture.Organization, "alpha", Ct));
        Assert.False(await gitea.Client.DeleteRepositoryAsync(GiteaFixture.Organization, "alpha", Ct));
        Assert.Null(gitea.Server.FindRepository("NixClaw", "alpha"));
    }

    [Fact]
    public async Task The_token_travels_in_the_token_header_only_and_never_in_errors()
    {
        await using var gitea = await GiteaFixture.StartAsync();
        Assert.Equal("1.22.3", await gitea.Client.GetVersionAsync(Ct));
        Assert.Equal(GiteaFixture.Login, (await gitea.Client.GetCurrentUserAsync(Ct)).Login);
        Assert.All(gitea.Server.Requests, r => Assert.Equal("token", r.AuthScheme));

        var wrong = gitea.Temp.Combine("wrong");
        File.WriteAllText(wrong, "wrong-token-1234\n");
        var client = new GiteaClient(gitea.Http, new GiteaClientOptions { BaseUrl = gitea.Server.BaseUrl, TokenFile = wrong });
        var error = await Assert.ThrowsAsync<GiteaAuthException>(() => client.GetVersionAsync(Ct));
        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.DoesNotContain("wrong-token-1234", error.ToString(), StringComparison.Ordinal);

        var missing = new GiteaClient(gitea.Http, new GiteaClientOptions { BaseUrl = gitea.Server.BaseUrl, TokenFile = gitea.Temp.Combine("absent") });
        var notFound = await Assert.ThrowsAsync<NixClaw.Runtime.Files.SecretFileException>(() => missing.GetVersionAsync(Ct));
        Assert.Contains(gitea.Temp.Combine("absent"), notFound.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreachable_server_and_5xx_are_transient()
    {
        await using var gitea = await GiteaFixture.StartAsync();
        gitea.Server.Faults.FailNthRequest(1, 502);
        var bad = await Assert.ThrowsAsync<GiteaApiException>(() => gitea.Client.GetRepositoryAsync(GiteaFixture.Organization, "x", Ct));
        Assert.True(bad.IsTransient);
        Assert.Null(await gitea.Client.GetRepositoryAsync(GiteaFixture.Organization, "x", Ct));

        await gitea.Server.StopAsync();
        var down = await Assert.ThrowsAsync<GiteaApiException>(() => gitea.Client.GetRepositoryAsync(GiteaFixture.Organization, "x", Ct));
        Assert.Equal((HttpStatusCode)0, down.StatusCode);
        Assert.True(down.IsTransient);
    }

    [Theory]
    [InlineData("token {0}", HttpStatusCode.OK)]
    [InlineData("Bearer {0}", HttpStatusCode.OK)]
    [InlineData("bearer {0}", HttpStatusCode.OK)]
    [InlineData("Token {0}", HttpStatusCode.Unauthorized)] // capitalised keyword is not recognised: no credentials
    [InlineData("token not-a-token", HttpStatusCode.Unauthorized)]
    [InlineData("", HttpStatusCode.Unauthorized)]
    public async Task Fake_accepts_the_header_forms_Gitea_accepts(string header, HttpStatusCode expected)
    {
        await using var gitea = await GiteaFixture.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(gitea.Server.BaseUrl, "api/v1/user"));
        if (header.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Authorization", string.Format(System.Globalization.CultureInfo.InvariantCulture, header, GiteaFixture.Token));
        }

        using var response = await gitea.Http.SendAsync(request, Ct);

        Assert.Equal(expected, response.StatusCode);
        if (expected != HttpStatusCode.OK)
        {
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
            Assert.True(body.RootElement.TryGetProperty("message", out _));
            Assert.True(body.RootElement.TryGetProperty("url", out _));
        }
    }

    [Fact]
    public async Task Fake_accepts_basic_auth_with_login_and_token_or_token_as_user()
    {
        await using var gitea = await GiteaFixture.StartAsync();
        foreach (var (pair, expected) in new[] { ($"{GiteaFixture.Login}:{GiteaFixture.Token}", HttpStatusCode.OK), ($"{GiteaFixture.Token}:x-oauth-basic", HttpStatusCode.OK), ($"someone:{GiteaFixture.Token}", HttpStatusCode.Unauthorized) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(gitea.Server.BaseUrl, "api/v1/user"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(pair)));
            using var response = await gitea.Http.SendAsync(request, Ct);
            Assert.Equal(expected, response.StatusCode);
        }
    }

    [Fact]
    public async Task Fake_answers_404_422_403_like_Gitea()
    {
        await using var gitea = await GiteaFixture.StartAsync();
        gitea.Server.AddUser("guest", "guest-token");
        var guest = gitea.Temp.Combine("guest");
        File.WriteAllText(guest, "guest-token");
        var guestClient = new GiteaClient(gitea.Http, new GiteaClientOptions { BaseUrl = gitea.Server.BaseUrl, TokenFile = guest });
        await gitea.Client.CreateOrganizationRepositoryAsync(GiteaFixture.Organization, new GiteaCreateRepository("private", "", true, "main"), Ct);

        var missingOrg = await Assert.ThrowsAsync<GiteaApiException>(() => gitea.Client.CreateOrganizationRepositoryAsync("Nope", new GiteaCreateRepository("x", "", true, "main"), Ct));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missingOrg.StatusCode);
        var reserved = await Assert.ThrowsAsync<GiteaApiException>(() => gitea.Client.CreateOrganizationRepositoryAsync(GiteaFixture.Organization, new GiteaCreateRepository("x.git", "", true, "main"), Ct));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reserved.StatusCode);
        var forbidden = await Assert.ThrowsAsync<GiteaAuthException>(() => guestClient.CreateOrganizationRepositoryAsync(GiteaFixture.Organization, new GiteaCreateRepository("y", "", true, "main"), Ct));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Null(await guestClient.GetRepositoryAsync(GiteaFixture.Organization, "private", Ct)); // private: 404, not 403

        using var raw = await gitea.Http.GetAsync(new Uri(gitea.Server.BaseUrl, "api/v1/repos/NixClaw/absent"), Ct);
        Assert.Equal(HttpStatusCode.NotFound, raw.StatusCode);
        Assert.Contains("\"errors\":[]", await raw.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Git_over_http_challenges_first_then_serves_the_bare_repository()
    {
        await using var gitea = await GiteaFixture.StartAsync();
        await gitea.Client.CreateOrganizationRepositoryAsync(GiteaFixture.Organization, new GiteaCreateRepository("alpha", "", true, "main"), Ct);

        using var anonymous = await gitea.Http.GetAsync(new Uri(gitea.Server.BaseUrl, "NixClaw/alpha.git/info/refs?service=git-upload-pack"), Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("Basic realm=\".\"", anonymous.Headers.WwwAuthenticate.ToString());

        var clone = gitea.Temp.Combine("clone");
        GitCli.Clone(gitea.Server.CloneUrl("NixClaw", "alpha"), GiteaFixture.Login, GiteaFixture.Token, clone);
        GitCli.CommitAndPush(clone, GiteaFixture.Login, GiteaFixture.Token, "a.md", "a\n", "first");
        Assert.Equal("a\n", gitea.RemoteFile("alpha", "a.md"));
        Assert.False((await gitea.Client.GetRepositoryAsync(GiteaFixture.Organization, "alpha", Ct))!.IsEmpty);
    }
}
