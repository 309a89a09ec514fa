namespace NixClaw;

/// <summary>GPT partition type codes disko understands.</summary>
public enum PartitionType
{
    /// <summary><c>8300</c>, Linux file system.</summary>
    Linux,

    /// <summary><c>EF00</c>, EFI system partition.</summary>
    Esp,

    /// <summary><c>8200</c>, Linux swap.</summary>
    Swap,
}
