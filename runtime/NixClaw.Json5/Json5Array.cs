using System.Collections;
using System.Text.Json.Nodes;

namespace NixClaw.Json5;

/// <summary>A JSON5 array.</summary>
public sealed class Json5Array : Json5Value, IReadOnlyList<Json5Value>
{
    private readonly List<Json5Value> _items;

    /// <summary>Creates an empty array.</summary>
    public Json5Array() => _items = [];

    /// <summary>Creates an array of the given elements.</summary>
    public Json5Array(IEnumerable<Json5Value> items) => _items = [.. items];

    internal Json5Array(List<Json5Value> items) => _items = items;

    /// <inheritdoc />
    public override Json5ValueKind Kind => Json5ValueKind.Array;

    /// <inheritdoc />
    public int Count => _items.Count;

    /// <summary>The element at <paramref name="index"/>; settable to replace it.</summary>
    public new Json5Value this[int index]
    {
        get => _items[index];
        set => _items[index] = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Appends an element.</summary>
    public void Add(Json5Value value) => _items.Add(value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>Removes the element at <paramref name="index"/>.</summary>
    public void RemoveAt(int index) => _items.RemoveAt(index);

    /// <inheritdoc />
    public IEnumerator<Json5Value> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public override JsonNode? ToJsonNode()
    {
        var array = new JsonArray();
        foreach (var item in _items)
        {
            array.Add(item.ToJsonNode());
        }

        return array;
    }
}
