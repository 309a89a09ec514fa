using System;
using System.Globalization;
using NixClaw.Generator.Diagnostics;

namespace NixClaw.Generator.Binding;

/// <summary>Checks several kinds share: URLs of services, numeric ranges, required secrets.</summary>
internal static class BindingChecks
{
    /// <summary>The URL when usable, else "" (an invalid URL may carry credentials: keep it out of the output and the log).</summary>
    public static string Url(ObjReader r, string property, string url, string what)
    {
        if (url.Length == 0)
        {
            return url;
        }

        if (Rules.UrlProblem(url, out var insecure) is { } problem)
        {
            var shown = Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.UserInfo.Length > 0 ? uri.Scheme + "://(credentials hidden)@" + uri.Authority : url;
            r.Report(DiagnosticDescriptors.InvalidUrl, r.Where(property), shown, what, problem);
            return "";
        }

        if (insecure)
        {
            r.Report(DiagnosticDescriptors.InsecureUrl, r.Where(property), what, url);
        }

        return url;
    }

    public static void Range(ObjReader r, string property, int value, string agent, int min, int max)
    {
        if (value < min || value > max)
        {
            r.Report(DiagnosticDescriptors.ValueOutOfRange, r.Where(property), property, agent, value.ToString(CultureInfo.InvariantCulture), min.ToString(CultureInfo.InvariantCulture), max.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Reports a required secret property that is not set; "" stands in for its key.</summary>
    public static string MissingSecret(ObjReader r, string property)
    {
        r.Report(DiagnosticDescriptors.RequiredValueMissing, r.Where(property), property);
        return "";
    }

    public static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 37) + "...";
}
