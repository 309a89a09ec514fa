using System.Buffers;
using System.Text;

namespace NixClaw.Json5;

/// <summary>Strict UTF-8 decoding for JSON5 sources: invalid bytes are an error naming their offset, never U+FFFD.</summary>
public static class Json5Utf8
{
    /// <summary>Decodes <paramref name="utf8"/>; a leading BOM is kept (JSON5 treats U+FEFF as whitespace).</summary>
    /// <exception cref="Json5Exception">Invalid UTF-8; the reason names the byte offset, line and column are where decoding stopped.</exception>
    public static string Decode(ReadOnlySpan<byte> utf8)
    {
        var rest = utf8;
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(rest, out _, out var consumed) != OperationStatus.Done)
            {
                var offset = utf8.Length - rest.Length;
                var prefix = Encoding.UTF8.GetString(utf8[..offset]);
                var line = prefix.AsSpan().Count('\n') + 1;
                var column = prefix.Length - (prefix.LastIndexOf('\n') + 1) + 1;
                throw new Json5Exception($"invalid UTF-8 at byte offset {offset} (byte 0x{utf8[offset]:X2})", line, column, prefix.Length);
            }

            rest = rest[consumed..];
        }

        return Encoding.UTF8.GetString(utf8);
    }
}
