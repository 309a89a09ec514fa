namespace NixClaw.Build;

/// <summary>One <c>File*</c> string constant read from the carrier class.</summary>
internal sealed class CarrierConstant
{
    public CarrierConstant(string fieldName, string? value)
    {
        FieldName = fieldName;
        Value = value;
    }

    /// <summary>Name of the constant, e.g. <c>File0</c>; used in error messages.</summary>
    public string FieldName { get; }

    /// <summary>The constant's value, or null when it was declared as <c>null</c>.</summary>
    public string? Value { get; }
}
