using AbiTool.Sources;

namespace AbiTool.Reference.Values;

/// <summary>A kernel version as users write it ("6.1", "v6.12").</summary>
public static class KernelVersion
{
    /// <summary>The version, null for null; a one-line error for anything else that is not X.Y.</summary>
    public static Version? Parse(string? text)
    {
        if (text is null) return null;
        if (Version.TryParse(text.TrimStart('v'), out var version) && version.Major > 0) return version;
        throw new AbiInputException($"--kernel: '{text}' is not a kernel version such as 6.1 or 6.12");
    }
}
