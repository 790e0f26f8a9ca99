using System.CommandLine;

namespace AbiTool.Cli.Commands;

/// <summary><c>abi surface PATH</c>: the attributes a C# reference implementation declares against the ABI docs.</summary>
internal static class SurfaceCommand
{
    public static Command Create(CliIO io) => CSharpSourceCommand.Create(io, "surface",
        "Compare the sysfs attributes C# source declares (new AttributeDeclaration(...)) with the ABI docs",
        "The reference implementation's source: a folder, .csproj, .sln or .cs file (e.g. src/Reference)",
#if ROSLYN
        (source, corpus) =>
        {
            var declarations = CSharp.SurfaceAnalysis.Read(source);
            return (CSharp.SurfaceAnalysis.Compare(declarations, corpus), $"{declarations.Count} declarations in {source} against {corpus.Root}");
        });
#else
        null);
#endif
}
