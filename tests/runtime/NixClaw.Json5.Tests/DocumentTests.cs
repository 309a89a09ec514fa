namespace NixClaw.Json5.Tests;

/// <summary>Patching a <see cref="Json5Document"/>: exact results on typical files.</summary>
public sealed class DocumentTests
{
    private static readonly Json5Value Explicit = Json5Reader.Parse("{ ownership: 'explicit' }");

    [Fact]
    public void AddEntry_OnOneLine_KeepsEveryComment()
    {
        var doc = Json5Document.Parse("{ // roster\n  agents: { entries: { a: { ownership: \"explicit\" }, /* keep */ }, }, }");
        doc.AddMember(["agents", "entries"], "b", Explicit);
        Assert.Equal("{ // roster\n  agents: { entries: { a: { ownership: \"explicit\" }, b: { ownership: \"explicit\" }, /* keep */ }, }, }", doc.ToString());
        Assert.Equal("explicit", doc.Root["agents"]["entries"]["b"]["ownership"].GetString());
    }

    [Fact]
    public void AddEntry_OnePerLine_CopiesSiblingIndentation()
    {
        const string before = """
            {
              // roster
              agents: {
                entries: {
                  a: { ownership: "explicit" }, // first
                  /* keep */
                },
              },
            }
            """;
        var doc = Json5Document.Parse(before);
        doc.AddMember(["agents", "entries"], "b", Json5Reader.Parse("{ ownership: 'explicit', model: 'x' }"));
        const string after = """
            {
              // roster
              agents: {
                entries: {
                  a: { ownership: "explicit" }, // first
                  b: {
                    ownership: "explicit",
                    model: "x"
                  },
                  /* keep */
                },
              },
            }
            """;
        Assert.Equal(after, doc.ToString());
    }

    [Fact]
    public void AddMember_WithoutTrailingComma_AddsTheSeparatorAfterTheValueNotTheComment()
    {
        var doc = Json5Document.Parse("{\n\ta: 1 // one\n}");
        doc.AddMember([], "new key", new Json5Number(2));
        Assert.Equal("{\n\ta: 1, // one\n\t\"new key\": 2\n}", doc.ToString());
    }

    [Fact]
    public void AddMember_AfterMembersLedByComments_StaysOnePerLine()
    {
        var doc = Json5Document.Parse("{\n    /* x */ a: 1,\n}");
        doc.AddMember([], "b", new Json5Number(2));
        Assert.Equal("{\n    /* x */ a: 1,\n    b: 2,\n}", doc.ToString());
    }

    [Fact]
    public void AddMember_ToEmptyObjects()
    {
        var doc = Json5Document.Parse("{ a: {}, b: {\n  // nothing yet\n}, c: { /* x */ } }");
        doc.AddMember(["a"], "k", Json5Boolean.True);
        doc.AddMember(["b"], "k", Json5Boolean.True);
        doc.AddMember(["c"], "k", Json5Boolean.True);
        Assert.Equal("{ a: { k: true }, b: {\n  // nothing yet\n  k: true,\n}, c: { k: true, /* x */ } }", doc.ToString());
    }

    [Fact]
    public void CrLfAndTabs_ArePreservedInNewLines()
    {
        var doc = Json5Document.Parse("{\r\n\tlist: [\r\n\t\t1,\r\n\t],\r\n}\r\n");
        doc.AppendElement(["list"], Json5Reader.Parse("{a: 1}"));
        Assert.Equal("{\r\n\tlist: [\r\n\t\t1,\r\n\t\t{\r\n\t\t\ta: 1\r\n\t\t},\r\n\t],\r\n}\r\n", doc.ToString());
    }

    [Fact]
    public void ReplaceMember_ChangesOnlyTheValue()
    {
        var doc = Json5Document.Parse("{\n  a: /* before */ 1 /* after */, // tail\n  b: 'x',\n}");
        doc.ReplaceMember([], "a", new Json5String("two"));
        doc.SetMember([], "b", Json5Null.Instance);
        Assert.Equal("{\n  a: /* before */ \"two\" /* after */, // tail\n  b: null,\n}", doc.ToString());
    }

    [Fact]
    public void RemoveMember_RemovesItsLineButNotNeighbouringComments()
    {
        var doc = Json5Document.Parse("{\n  a: 1, // keep a\n  // about b\n  b: 2,\n  c: 3 // c\n}");
        Assert.True(doc.RemoveMember([], "b"));
        Assert.Equal("{\n  a: 1, // keep a\n  // about b\n  c: 3 // c\n}", doc.ToString());
        Assert.True(doc.RemoveMember([], "c"));
        Assert.Equal("{\n  a: 1 // keep a\n  // about b\n  // c\n}", doc.ToString());
        Assert.False(doc.RemoveMember([], "zz"));
    }

    [Fact]
    public void RemoveMember_OnOneLine()
    {
        var doc = Json5Document.Parse("{ a: 1, b: 2, c: 3 }");
        doc.RemoveMember([], "b");
        Assert.Equal("{ a: 1, c: 3 }", doc.ToString());
        doc.RemoveMember([], "c");
        Assert.Equal("{ a: 1 }", doc.ToString());
        doc.RemoveMember([], "a");
        Assert.Equal("{ }", doc.ToString());
    }

    [Fact]
    public void ArrayElements_AppendReplaceRemove()
    {
        var doc = Json5Document.Parse("{ xs: [1, /* two */ 2, 3], ys: [] }");
        doc.AppendElement(["xs"], new Json5Number(4));
        doc.ReplaceElement(["xs"], 0, new Json5Number(0));
        doc.RemoveElement(["xs"], 2);
        doc.AppendElement(["ys"], new Json5Array([new Json5Number(1)]));
        Assert.Equal("{ xs: [0, /* two */ 2, 4], ys: [ [1] ] }", doc.ToString());
    }

    [Fact]
    public void BadPaths_AreReported()
    {
        var doc = Json5Document.Parse("{ a: [1], b: 1 }");
        Assert.Throws<InvalidOperationException>(() => doc.AddMember(["a"], "k", Json5Null.Instance));
        Assert.Throws<InvalidOperationException>(() => doc.AddMember(["zz"], "k", Json5Null.Instance));
        Assert.Throws<InvalidOperationException>(() => doc.AddMember([], "a", Json5Null.Instance));
        Assert.Throws<InvalidOperationException>(() => doc.ReplaceMember([], "zz", Json5Null.Instance));
        Assert.Throws<ArgumentOutOfRangeException>(() => doc.RemoveElement(["a"], 1));
        Assert.Equal("{ a: [1], b: 1 }", doc.ToString());
    }
}
