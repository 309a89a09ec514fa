using System.Text.RegularExpressions;

namespace NixClaw.Json5.Tests;

/// <summary>
/// Random documents, random patches: the result reads as the expected value, every comment outside the patched member
/// survives exactly once, and the text before and after the patched region is byte-for-byte what it was.
/// </summary>
public sealed partial class DocumentPropertyTests
{
    private static readonly string[] NewKeys = ["fresh", "new key", "ключ", "$n", "it's", "\u2028"];

    [Fact]
    public void Patches_PreserveCommentsAndUntouchedText()
    {
        var seed = Agreement.Seed(777);
        var gen = new RandomDocuments(seed) { TriviaRate = 0.35 };
        var patched = 0;
        for (var i = 0; i < 1500; i++)
        {
            var value = gen.NextValue(container: true);
            var text = i % 2 == 0 ? gen.Styled(value) : Pretty(gen, value);
            var context = $"seed {seed} (replay with JSON5_TEST_SEED={seed}), document #{i}: {Agreement.Show(text)}";
            var containers = new List<(List<string> Path, SyntaxNode Node)>();
            Json5Parser.Parse(text, null, true, out var root);
            Collect(root!, [], containers);
            var (path, node) = containers[gen.Random.Next(containers.Count)];

            var doc = Json5Document.Parse(text);
            var expected = Json5Reader.Parse(text);
            var target = path.Aggregate(expected, (v, segment) => v.Kind == Json5ValueKind.Array ? v[int.Parse(segment)] : v[segment]);
            var newValue = gen.NextValue(3);
            int keep;      // text before this offset must be unchanged
            int keepFrom;  // text from this offset on must be unchanged
            int dropStart = 0, dropEnd = 0; // comments inside [dropStart, dropEnd) may go
            string op;
            var choice = gen.Random.Next(3);
            if (choice == 0 || node.Members.Count == 0)
            {
                op = "add";
                keep = node.Members.Count == 0 ? node.Start + 1 : node.Members[^1].Value.End;
                keepFrom = node.End - 1;
                if (node.Kind == Json5ValueKind.Object)
                {
                    var key = NewKeys[gen.Random.Next(NewKeys.Length)];
                    if (target.AsObject().ContainsKey(key))
                    {
                        continue;
                    }

                    doc.AddMember(path, key, newValue);
                    target.AsObject().Set(key, newValue);
                }
                else
                {
                    doc.AppendElement(path, newValue);
                    target.AsArray().Add(newValue);
                }
            }
            else
            {
                var index = gen.Random.Next(node.Members.Count);
                var member = node.Members[index];
                if (choice == 1)
                {
                    op = "replace";
                    (keep, keepFrom, dropStart, dropEnd) = (member.Value.Start, member.Value.End, member.Value.Start, member.Value.End);
                    if (node.Kind == Json5ValueKind.Object)
                    {
                        doc.ReplaceMember(path, member.Key!, newValue);
                        target.AsObject().Set(member.Key!, newValue);
                    }
                    else
                    {
                        doc.ReplaceElement(path, index, newValue);
                        target.AsArray()[index] = newValue;
                    }
                }
                else
                {
                    op = "remove";
                    keep = index > 0 ? node.Members[index - 1].Value.End : node.Start + 1;
                    keepFrom = member.End;
                    while (keepFrom < text.Length && text[keepFrom] is ' ' or '\t')
                    {
                        keepFrom++;
                    }

                    keepFrom += text.AsSpan(keepFrom).StartsWith("\r\n") ? 2 : keepFrom < text.Length && text[keepFrom] is '\n' or '\r' ? 1 : 0;
                    (dropStart, dropEnd) = (member.Start, member.End);
                    if (node.Kind == Json5ValueKind.Object)
                    {
                        doc.RemoveMember(path, member.Key!);
                        target.AsObject().Remove(member.Key!);
                    }
                    else
                    {
                        doc.RemoveElement(path, index);
                        target.AsArray().RemoveAt(index);
                    }
                }
            }

            patched++;
            var after = doc.ToString();
            context += $"\n{op} at /{string.Join('/', path)} → {Agreement.Show(after)}";
            Assert.True(Json5Value.DeepEquals(expected, doc.Root), context);
            Assert.True(Json5Value.DeepEquals(expected, Json5Reader.Parse(after)), context);
            Assert.True(after.StartsWith(text[..keep], StringComparison.Ordinal), $"prefix changed; {context}");
            Assert.True(after.EndsWith(text[keepFrom..], StringComparison.Ordinal), $"suffix changed; {context}");
            Assert.True(after.Length >= keep + (text.Length - keepFrom), context);
            foreach (Match comment in CommentMarker().Matches(text))
            {
                if (comment.Index >= dropStart && comment.Index < dropEnd)
                {
                    continue;
                }

                Assert.True(CountOf(after, comment.Value) == 1, $"comment {comment.Value} lost or duplicated; {context}");
            }
        }

        Assert.True(patched > 1000, $"only {patched} patches ran");
    }

    /// <summary>The writer's layout with comments after some lines and before some members, tabs or CRLF at times.</summary>
    private static string Pretty(RandomDocuments gen, Json5Value value)
    {
        var lines = Json5Writer.Write(value).Split('\n');
        var n = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (gen.Random.Next(4) == 0)
            {
                lines[i] += $" // ⟦p{n++}⟧";
            }
            else if (gen.Random.Next(6) == 0)
            {
                var indent = lines[i].Length - lines[i].TrimStart().Length;
                lines[i] = lines[i][..indent] + $"/* ⟦p{n++}⟧ */ " + lines[i][indent..];
            }
        }

        var text = string.Join('\n', lines);
        if (gen.Random.Next(3) == 0)
        {
            text = text.Replace("  ", "\t", StringComparison.Ordinal);
        }

        return gen.Random.Next(3) == 0 ? text.Replace("\n", "\r\n", StringComparison.Ordinal) : text;
    }

    private static void Collect(SyntaxNode node, List<string> path, List<(List<string>, SyntaxNode)> into)
    {
        if (node.Kind is not (Json5ValueKind.Object or Json5ValueKind.Array))
        {
            return;
        }

        into.Add((path, node));
        for (var i = 0; i < node.Members.Count; i++)
        {
            Collect(node.Members[i].Value, [.. path, node.Members[i].Key ?? i.ToString(System.Globalization.CultureInfo.InvariantCulture)], into);
        }
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [GeneratedRegex("⟦[cp][0-9]+⟧")]
    private static partial Regex CommentMarker();
}
