using System.Reflection;
using AbiTool.Sources;

namespace AbiTool.Cli.Input;

/// <summary>The project's own abi/ tree, compiled into the tool so that a bare <c>abi validate</c> works anywhere.</summary>
internal static class EmbeddedAbiTree
{
    public const string DisplayRoot = "(embedded abi/)";
    private const string Prefix = "abi/";

    public static IReadOnlyList<AbiSourceFile> List()
    {
        var assembly = typeof(EmbeddedAbiTree).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(name => name[Prefix.Length..].Replace('\\', '/'))
            .Where(AbiTreeFiles.IsAbiFile)
            .Order(StringComparer.Ordinal)
            .Select(relative => new AbiSourceFile(relative, $"abi/{relative}", Length(assembly, relative), () => Open(assembly, relative)))
            .ToList();
    }

    private static long Length(Assembly assembly, string relative)
    {
        using var stream = assembly.GetManifestResourceStream(Prefix + relative);
        return stream?.Length ?? 0;
    }

    private static Stream Open(Assembly assembly, string relative) =>
        assembly.GetManifestResourceStream(Prefix + relative) ?? throw new IOException($"embedded resource {relative} is missing");
}
