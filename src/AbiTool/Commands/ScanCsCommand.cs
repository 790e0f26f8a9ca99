using System.CommandLine;

namespace AbiTool.Cli.Commands;

/// <summary><c>abi scan-cs PATH</c>: the C# analyzer run over source without building it.</summary>
internal static class ScanCsCommand
{
    public static Command Create(CliIO io) => CSharpSourceCommand.Create(io, "scan-cs",
        "Find sysfs/procfs paths in C# source and check them against the ABI levels",
        "A .csproj, .sln, .slnx, .cs file or folder of C# source",
#if ROSLYN
        (source, corpus) => (CSharp.ScanCsAnalysis.Run(source, corpus), $"{source} against {corpus.Root}"));
#else
        null);
#endif
}
