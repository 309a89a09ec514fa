using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace NixClaw.Fakes.Gitea;

/// <summary>Runs <c>git http-backend</c> as a CGI program for one request (tooling.md §2).</summary>
internal static class GitHttpBackend
{
    public static async Task ServeAsync(HttpContext context, string projectRoot, string pathInfo, string remoteUser, bool rejectInHook)
    {
        var request = context.Request;
        var psi = new ProcessStartInfo("git")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add("http-backend");
        var env = psi.Environment;
        env["GIT_PROJECT_ROOT"] = projectRoot;
        env["GIT_HTTP_EXPORT_ALL"] = "1";
        env["PATH_INFO"] = pathInfo;
        env["QUERY_STRING"] = request.QueryString.HasValue ? request.QueryString.Value![1..] : "";
        env["REQUEST_METHOD"] = request.Method;
        env["CONTENT_TYPE"] = request.ContentType ?? "";
        env["REMOTE_USER"] = remoteUser; // http-backend allows receive-pack only for an authenticated user
        env["REMOTE_ADDR"] = context.Connection.RemoteIpAddress?.ToString() ?? "127.0.0.1";
        env["GIT_CONFIG_NOSYSTEM"] = "1";
        if (request.Headers.ContentEncoding.Count > 0)
        {
            env["HTTP_CONTENT_ENCODING"] = request.Headers.ContentEncoding.ToString(); // git gzips upload-pack bodies
        }

        if (request.Headers.TryGetValue("Git-Protocol", out var protocol))
        {
            env["GIT_PROTOCOL"] = protocol.ToString();
        }

        if (request.ContentLength is long length)
        {
            env["CONTENT_LENGTH"] = length.ToString(CultureInfo.InvariantCulture);
        }

        if (rejectInHook)
        {
            env["FAKE_GITEA_REJECT_PUSH"] = "1"; // read by the pre-receive hook the fake installs in every repository
        }

        using var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start git http-backend");
        var stderr = process.StandardError.ReadToEndAsync();
        var copyIn = CopyBodyAsync(request.Body, process);

        var stdout = process.StandardOutput.BaseStream;
        var headers = await ReadHeaderBlockAsync(stdout).ConfigureAwait(false);
        ApplyCgiHeaders(context.Response, headers);
        await stdout.CopyToAsync(context.Response.Body).ConfigureAwait(false);
        await copyIn.ConfigureAwait(false);
        await process.WaitForExitAsync().ConfigureAwait(false);
        _ = await stderr.ConfigureAwait(false);
    }

    private static async Task CopyBodyAsync(Stream body, Process process)
    {
        try
        {
            await body.CopyToAsync(process.StandardInput.BaseStream).ConfigureAwait(false);
        }
        catch (IOException)
        {
            // git exited before reading everything (for example a declined push); the response says why.
        }
        finally
        {
            try
            {
                process.StandardInput.Close();
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>Reads the CGI header block byte by byte so the body that follows stays in the stream.</summary>
    private static async Task<string> ReadHeaderBlockAsync(Stream stdout)
    {
        var bytes = new List<byte>(256);
        var one = new byte[1];
        while (await stdout.ReadAsync(one).ConfigureAwait(false) == 1)
        {
            bytes.Add(one[0]);
            var n = bytes.Count;
            if (n >= 2 && bytes[n - 1] == '\n' && (bytes[n - 2] == '\n' || (n >= 4 && bytes[n - 2] == '\r' && bytes[n - 3] == '\n')))
            {
                break;
            }
        }

        return Encoding.ASCII.GetString(bytes.ToArray());
    }

    private static void ApplyCgiHeaders(HttpResponse response, string block)
    {
        response.StatusCode = 200;
        foreach (var raw in block.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (name.Equals("Status", StringComparison.OrdinalIgnoreCase))
            {
                response.StatusCode = int.Parse(value.AsSpan(0, 3), CultureInfo.InvariantCulture);
            }
            else
            {
                response.Headers.Append(name, value);
            }
        }
    }
}
