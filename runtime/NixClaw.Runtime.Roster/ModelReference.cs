using NixClaw.Bindings;

namespace NixClaw.Runtime.Roster;

/// <summary>
/// How a model is named: the declared model's name (<c>gpt</c>) or OpenClaw's <c>provider/model-id</c>
/// (<c>gpt/gpt-4.1</c>), where the provider is the declared model's name (the generated <c>openclaw.json</c> names
/// each provider after its model). Both resolve to the same declared model; NixClaw writes the OpenClaw form, which
/// both gateways read.
/// </summary>
public static class ModelReference
{
    /// <summary>The form NixClaw writes: <c>&lt;name&gt;/&lt;model id&gt;</c>.</summary>
    public static string Format(ModelInfo model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.Name + "/" + model.ModelId;
    }

    /// <summary>
    /// The declared model <paramref name="reference"/> names, or null: a declared name, or <c>provider/model-id</c>
    /// where the provider is a declared model's name and the rest (which may contain further slashes) its model id.
    /// </summary>
    public static ModelInfo? Resolve(IReadOnlyList<ModelInfo> models, string reference)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(reference);
        if (models.FirstOrDefault(m => m.Name == reference) is { } byName)
        {
            return byName;
        }

        var slash = reference.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0)
        {
            return null;
        }

        var provider = reference[..slash];
        var modelId = reference[(slash + 1)..];
        return models.FirstOrDefault(m => m.Name == provider && m.ModelId == modelId);
    }
}
