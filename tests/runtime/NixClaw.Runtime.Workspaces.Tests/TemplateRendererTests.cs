namespace NixClaw.Runtime.Workspaces.Tests;

public sealed class TemplateRendererTests
{
    private static readonly Dictionary<string, string> s_values = new()
    {
        ["agent.id"] = "alpha",
        ["agent.name"] = "Alpha {{agent.id}}",
    };

    [Fact]
    public void Placeholders_are_filled_with_or_without_spaces() =>
        Assert.Equal("id alpha, again alpha", TemplateRenderer.Render("id {{agent.id}}, again {{ agent.id }}", s_values, "T"));

    [Fact]
    public void A_value_containing_a_placeholder_is_inserted_verbatim_and_not_expanded() =>
        Assert.Equal("# Alpha {{agent.id}}", TemplateRenderer.Render("# {{agent.name}}", s_values, "T"));

    [Fact]
    public void Four_braces_write_two_and_malformed_braces_stay_as_they_are() =>
        Assert.Equal("{{agent.id}} {{ not a name }} {{ x", TemplateRenderer.Render("{{{{agent.id}} {{ not a name }} {{ x", s_values, "T"));

    [Fact]
    public void An_unknown_placeholder_names_the_file_and_line()
    {
        var error = Assert.Throws<TemplateException>(() => TemplateRenderer.Render("one\ntwo {{agent.colour}}\n", s_values, "templates/default/SOUL.md"));
        Assert.StartsWith("templates/default/SOUL.md:2: unknown placeholder '{{agent.colour}}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("agent.id, agent.name", error.Message, StringComparison.Ordinal);
    }
}
