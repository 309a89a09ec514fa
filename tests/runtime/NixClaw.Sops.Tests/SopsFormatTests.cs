using System.Text;
namespace NixClaw.Sops.Tests;

public sealed class SopsFormatTests
{
    private const string SopsStyle = """
        # a comment
        db:
          password: ENC[AES256_GCM,data:AAAA,iv:AAAA,tag:AAAA,type:str]
          hosts:
            - ENC[AES256_GCM,data:AA==,iv:AAAA,tag:AAAA,type:str]
            - ENC[AES256_GCM,data:AB==,iv:AAAA,tag:AAAA,type:str]
        note_unencrypted: 'it''s plain' # trailing comment
        sops:
          kms: []
          age:
            - recipient: age1abc
              enc: |
                -----BEGIN AGE ENCRYPTED FILE-----
                line
                -----END AGE ENCRYPTED FILE-----
          lastmodified: "2024-03-25T22:08:10Z"
          mac: ENC[AES256_GCM,data:AAAA,iv:AAAA,tag:AAAA,type:str]
          unencrypted_suffix: _unencrypted
          version: 3.8.1

        """;

    [Fact]
    public void ReadsTheSopsLayoutWithListsCommentsAndBlockScalars()
    {
        var document = SopsDocument.Parse(SopsStyle, "s.yaml");

        Assert.Equal(["db/password", "db/hosts", "db/hosts", "note_unencrypted"], document.Leaves().Select(l => l.Key).ToArray());
        Assert.Equal("db:hosts:", document.Leaves()[1].AdditionalData);
        Assert.True(document.IsUnencrypted(document.Leaves()[3]));
        Assert.Equal("it's plain", document.Leaves()[3].Scalar.Value);
        var (recipient, armored) = Assert.Single(document.AgeEntries());
        Assert.Equal("age1abc", recipient);
        Assert.Equal("-----BEGIN AGE ENCRYPTED FILE-----\nline\n-----END AGE ENCRYPTED FILE-----\n", armored);
    }

    [Fact]
    public void WritingAndReadingAgainKeepsEveryValue()
    {
        var document = SopsDocument.Parse(SopsStyle, "s.yaml");
        document.SetStored(["new", "nested", "key"], "va: lue #x");

        var again = SopsDocument.Parse(document.ToText(), "s.yaml");

        Assert.Equal(document.Leaves().Select(l => (l.Key, l.Scalar.Value)), again.Leaves().Select(l => (l.Key, l.Scalar.Value)));
        Assert.Equal(document.AgeEntries(), again.AgeEntries());
        Assert.Equal("2024-03-25T22:08:10Z", again.Metadata.GetText("lastmodified"));
        Assert.Equal(document.ToText(), again.ToText());
    }

    [Fact]
    public void ValuesRoundTripThroughTheCipherAndAreBoundToTheirPath()
    {
        var key = new byte[32];
        key[0] = 7;
        var encrypted = SopsCipher.Encrypt(key, Encoding.UTF8.GetBytes("hunter2"), "db:password:");
        var parsed = SopsEncryptedValue.TryParse(encrypted.ToString())!;

        Assert.Equal(32, parsed.Iv.Length);
        Assert.Equal(16, parsed.Tag.Length);
        Assert.Equal("hunter2", Encoding.UTF8.GetString(SopsCipher.Decrypt(key, parsed, "db:password:")));
        Assert.Throws<System.Security.Cryptography.CryptographicException>(() => SopsCipher.Decrypt(key, parsed, "db:user:"));
    }

    [Fact]
    public void TheWrittenLayoutIsSopsBlockStyle()
    {
        var document = SopsDocument.Parse(SopsStyle, "s.yaml");

        var text = document.ToText();

        Assert.StartsWith("db:\n    password: ENC[AES256_GCM,data:AAAA,iv:AAAA,tag:AAAA,type:str]\n    hosts:\n        - ENC[", text, StringComparison.Ordinal);
        Assert.Contains("note_unencrypted: 'it''s plain'\nsops:\n    kms: []\n", text, StringComparison.Ordinal);
        Assert.Contains("enc: |\n                -----BEGIN AGE ENCRYPTED FILE-----\n", text, StringComparison.Ordinal);
        Assert.Contains("    lastmodified: \"2024-03-25T22:08:10Z\"\n", text, StringComparison.Ordinal);
        Assert.EndsWith("    version: 3.8.1\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a: 1\n  b: 2\n", "s.yaml:2: ")]
    [InlineData("a: 1\na: 2\n", "s.yaml:2: Duplicate key a")]
    [InlineData("a: &anchor 1\n", "s.yaml:1: anchors, aliases and tags are not supported")]
    [InlineData("a: !!binary aGk=\n", "s.yaml:1: anchors, aliases and tags are not supported")]
    [InlineData("a: \"open\n", "s.yaml:1: ")]
    [InlineData("just a line\n", "s.yaml:1: expected 'key: value'")]
    [InlineData("a:\n\tb: 1\n", "s.yaml:1: ")]
    [InlineData("? [a]\n: 1\n", "s.yaml:1: keys must be plain text")]
    [InlineData("a: 1\n---\nb: 2\n", "s.yaml:3: a sops file holds one YAML document")]
    public void MalformedYamlNamesTheLine(string text, string expected)
    {
        var error = Assert.Throws<SopsFormatException>(() => SopsYaml.Load(text, "s.yaml"));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorsNeverEchoTheLine()
    {
        var error = Assert.Throws<SopsFormatException>(() => SopsYaml.Load("gh_token hunter2-secret\n", "s.yaml"));

        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ADocumentWithoutSopsMetadataIsRefusedAsPlaintext()
    {
        var error = Assert.Throws<SopsFormatException>(() => SopsDocument.Parse("gh_token: hunter2\n", "s.yaml"));

        Assert.Contains("no 'sops' metadata section", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }
}
