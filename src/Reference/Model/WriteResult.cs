namespace AbiTool.Reference.Model;

/// <summary>What a write to an attribute did: accepted, or refused with the kernel's errno.</summary>
public readonly record struct WriteResult(Errno? Error)
{
    public static readonly WriteResult Ok = new(null);

    public bool Succeeded => Error is null;

    public static implicit operator WriteResult(Errno error) => new(error);

    public override string ToString() => Error is { } e ? e.ToString() : "ok";
}
