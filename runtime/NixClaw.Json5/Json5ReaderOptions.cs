namespace NixClaw.Json5;

/// <summary>Limits that keep reading hostile input bounded in time, stack and memory.</summary>
public sealed class Json5ReaderOptions
{
    /// <summary>The most nesting the reader accepts; it recurses once per level, so this is also a stack bound.</summary>
    public const int MaxSupportedDepth = 1000;

    /// <summary>Defaults: depth 64, 16 Mi characters.</summary>
    public static Json5ReaderOptions Default { get; } = new();

    /// <summary>Maximum nesting of objects and arrays (the root container is depth 1). 1 to <see cref="MaxSupportedDepth"/>.</summary>
    public int MaxDepth
    {
        get;
        init => field = value is >= 1 and <= MaxSupportedDepth
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxDepth), value, $"must be 1 to {MaxSupportedDepth}");
    } = 64;

    /// <summary>
    /// Refuse an object that names a key twice, with both lines in the message. JSON5 (and its reference
    /// implementation) keeps the last value silently, which hides a mistake in a hand-edited configuration file.
    /// </summary>
    public bool RejectDuplicateKeys { get; init; }

    /// <summary>Maximum document length in UTF-16 code units; longer input is rejected before any parsing.</summary>
    public int MaxDocumentLength
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDocumentLength), value, "must not be negative");
    } = 16 * 1024 * 1024;
}
