using System.Collections.Generic;
using System.Linq;
using NixClaw.Generator.Diagnostics;
using NixClaw.Generator.Evaluation;
using NixClaw.Generator.Model;
using ModelDeclaration = NixClaw.Model;

namespace NixClaw.Generator.Binding;

/// <summary><see cref="ModelDeclaration"/> declarations: unique names, an endpoint URL, at most one default.</summary>
internal static class ModelBinder
{
    // nameof of the alias would be "ModelDeclaration"; the kind is the record's own name.
    private const string Kind = nameof(NixClaw.Model);

    private static readonly ModelDeclaration Default = new("", ModelProvider.OpenAI, "");

    public static List<ModelModel> Bind(BindContext context)
    {
        var names = new Dictionary<string, string>(System.StringComparer.Ordinal);
        var models = context.BindAll(Kind, (field, r) => BindOne(context, field, r, names));
        var defaults = models.Where(m => m.IsDefault).ToList();
        if (defaults.Count > 1)
        {
            var second = context.Declarations(Kind).First(d => d.Field.Name == defaults[1].FieldName);
            context.Report(DiagnosticDescriptors.MultipleDefaultModels, second.Field.Location, defaults[0].Name, defaults[1].Name);
        }

        return models;
    }

    private static ModelModel BindOne(BindContext context, DeclaredField field, ObjReader r, Dictionary<string, string> names)
    {
        var name = r.Required(nameof(ModelDeclaration.Name));
        context.Unique(names, "Model name", name, field, r.Where(nameof(ModelDeclaration.Name)));
        var what = "model '" + r.Str(nameof(ModelDeclaration.Name), field.Name) + "'";
        var endpoint = r.OptStr(nameof(ModelDeclaration.Endpoint)) is { } declared ? BindingChecks.Url(r, nameof(ModelDeclaration.Endpoint), declared, what) : null;
        return new ModelModel(
            field.Name,
            name,
            r.Enum(nameof(ModelDeclaration.Provider), Default.Provider) switch
            {
                ModelProvider.OpenAICompatible => "openai-compatible",
                var p => p.ToString().ToLowerInvariant(),
            },
            r.Required(nameof(ModelDeclaration.ModelId)),
            endpoint,
            context.SecretRef(r, nameof(ModelDeclaration.ApiKey), what, SecretReader.ServiceUser),
            r.Bool(nameof(ModelDeclaration.IsDefault), Default.IsDefault));
    }

    /// <summary>A model server on this machine (Ollama, llama.cpp) listens on its endpoint's port.</summary>
    public static IEnumerable<(int Port, string Owner, LocationInfo? Location)> LoopbackPorts(BindContext context)
    {
        foreach (var (field, obj) in context.Declarations(Kind))
        {
            if (obj.Get(nameof(ModelDeclaration.Endpoint)) is StrVal endpoint && System.Uri.TryCreate(endpoint.Value, System.UriKind.Absolute, out var uri) && uri.IsLoopback)
            {
                yield return (uri.Port, "the endpoint of model '" + field.Name + "'", endpoint.Location);
            }
        }
    }
}
