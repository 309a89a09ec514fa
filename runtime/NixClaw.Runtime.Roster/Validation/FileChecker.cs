using NixClaw.Json5;

namespace NixClaw.Runtime.Roster.Validation;

/// <summary>
/// Collects the errors of one roster file, each with the file, line and column of the offending key or value.
/// Messages follow OpenClaw's (zod) wording so an operator reads the same text in both gateways.
/// </summary>
internal sealed class FileChecker(string file, Json5Document document, List<RosterError> errors)
{
    public string File { get; } = file;

    public Json5Document Document { get; } = document;

    /// <summary>How many errors the file has so far.</summary>
    public int ErrorCount { get; private set; }

    /// <summary>Records an error about <paramref name="path"/>, located at <paramref name="location"/> (default: the path).</summary>
    public void Error(ConfigPath path, string message, ConfigPath? location = null)
    {
        errors.Add(At(path, message, location));
        ErrorCount++;
    }

    /// <summary>A problem about <paramref name="path"/>, located at <paramref name="location"/> (default: the path).</summary>
    public RosterError At(ConfigPath path, string message, ConfigPath? location = null)
    {
        var at = location ?? path;
        int line = 1, column = 1;

        // A missing member has no position of its own: report its nearest existing parent.
        while (at is not null && !Document.TryGetLocation(at.InFile, out line, out column))
        {
            at = at.Parent;
        }

        return new RosterError(File, line, column, path.ToString(), message);
    }

    /// <summary>Checks the kind of a value; reports <c>Expected object, received array</c> style errors.</summary>
    public bool Expect(Json5Value value, Json5ValueKind kind, ConfigPath path)
    {
        if (value.Kind == kind)
        {
            return true;
        }

        Error(path, $"Expected {KindName(kind)}, received {KindName(value.Kind)}");
        return false;
    }

    /// <summary>Reports every member of <paramref name="obj"/> outside <paramref name="allowed"/> (closed key sets).</summary>
    public void CheckKeys(Json5Object obj, ConfigPath path, IReadOnlySet<string> allowed)
    {
        var unknown = obj.Keys.Where(k => !allowed.Contains(k)).ToList();
        if (unknown.Count == 0)
        {
            return;
        }

        var list = string.Join(", ", unknown.Select(k => $"\"{k}\""));
        Error(path, unknown.Count == 1 ? $"Unrecognized key: {list}" : $"Unrecognized keys: {list}", path.Member(unknown[0]));
    }

    /// <summary>An optional string member; null when absent or of the wrong kind (reported).</summary>
    public string? OptionalString(Json5Object obj, string key, ConfigPath path, bool nonEmpty = true)
    {
        if (!obj.TryGetValue(key, out var value))
        {
            return null;
        }

        var at = path.Member(key);
        if (!Expect(value, Json5ValueKind.String, at))
        {
            return null;
        }

        var text = value.GetString();
        if (nonEmpty && text.Length == 0)
        {
            Error(at, "Too small: expected string to have >=1 characters");
            return null;
        }

        return text;
    }

    /// <summary>A required string member; null when absent (reported as <c>Required</c>) or invalid.</summary>
    public string? RequiredString(Json5Object obj, string key, ConfigPath path)
    {
        if (!obj.ContainsKey(key))
        {
            Error(path.Member(key), "Required", path);
            return null;
        }

        return OptionalString(obj, key, path);
    }

    /// <summary>An optional string member restricted to <paramref name="options"/>.</summary>
    public string? OptionalEnum(Json5Object obj, string key, ConfigPath path, params string[] options)
    {
        var text = OptionalString(obj, key, path, nonEmpty: false);
        if (text is not null && !options.Contains(text, StringComparer.Ordinal))
        {
            Error(path.Member(key), $"Invalid option: expected one of {string.Join("|", options.Select(o => $"\"{o}\""))}");
            return null;
        }

        return text;
    }

    /// <summary>An optional member that must be an object (contents not checked here).</summary>
    public Json5Object? OptionalObject(Json5Object obj, string key, ConfigPath path) =>
        obj.TryGetValue(key, out var value) && Expect(value, Json5ValueKind.Object, path.Member(key)) ? value.AsObject() : null;

    /// <summary>An optional member that must be an array of strings.</summary>
    public void OptionalStringArray(Json5Object obj, string key, ConfigPath path)
    {
        if (!obj.TryGetValue(key, out var value) || !Expect(value, Json5ValueKind.Array, path.Member(key)))
        {
            return;
        }

        var array = value.AsArray();
        for (var i = 0; i < array.Count; i++)
        {
            _ = Expect(array[i], Json5ValueKind.String, path.Member(key).Index(i));
        }
    }

    /// <summary>An optional member that must be a boolean.</summary>
    public void OptionalBoolean(Json5Object obj, string key, ConfigPath path)
    {
        if (obj.TryGetValue(key, out var value))
        {
            _ = Expect(value, Json5ValueKind.Boolean, path.Member(key));
        }
    }

    /// <summary>An optional member that must be a non-negative integer.</summary>
    public void OptionalCount(Json5Object obj, string key, ConfigPath path)
    {
        if (!obj.TryGetValue(key, out var value) || !Expect(value, Json5ValueKind.Number, path.Member(key)))
        {
            return;
        }

        var number = value.GetDouble();
        if (!double.IsFinite(number) || number < 0 || Math.Floor(number) != number)
        {
            Error(path.Member(key), "Invalid input: expected a non-negative integer");
        }
    }

    /// <summary>The name of a kind as OpenClaw's messages spell it.</summary>
    public static string KindName(Json5ValueKind kind) => kind switch
    {
        Json5ValueKind.Null => "null",
        Json5ValueKind.Boolean => "boolean",
        Json5ValueKind.Number => "number",
        Json5ValueKind.String => "string",
        Json5ValueKind.Array => "array",
        _ => "object",
    };
}
