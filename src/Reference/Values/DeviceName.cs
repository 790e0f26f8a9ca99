namespace AbiTool.Reference.Values;

/// <summary>The parts of a daxX.Y name.</summary>
internal static class DeviceName
{
    /// <summary>X of daxX.Y, or null when the name is not one.</summary>
    public static ulong? RegionOf(string name) =>
        Model.KernelParse.IsDeviceName(name) && ulong.TryParse(name.AsSpan(3, name.IndexOf('.') - 3), out var x) ? x : null;
}
