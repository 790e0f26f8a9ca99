using System.CommandLine;
using AbiTool.Cli.Input;
using AbiTool.Reporting.Diagnostics;

namespace AbiTool.Cli.Commands;

/// <summary><c>abi surface PATH</c>: the attributes a C# reference implementation declares against the ABI docs (dotnet tool only).</summary>
internal static class SurfaceCommand
{
    public static Command Create(CliIO io)
    {
        var path = new Argument<string>("PATH") { Description = "The reference implementation's source: a folder, .csproj, .sln or .cs file (e.g. src/Reference)" };
        var dir = CommonOptions.Dir();
        var reporting = new FindingOptions();
        var command = new Command("surface", "Compare the sysfs attributes C# source declares (new AttributeDeclaration(...)) with the ABI docs (dotnet tool only)")
        {
            path, dir,
        };
        reporting.AddTo(command);
        command.SetAction(result => io.Guard(() =>
        {
#if ROSLYN
            var policy = reporting.Policy(result);
            var corpus = AbiTreeLocator.Load(result.GetValue(dir));
            var source = result.GetValue(path)!;
            var declarations = CSharp.SurfaceAnalysis.Read(source);
            var findings = policy.Apply(CSharp.SurfaceAnalysis.Compare(declarations, corpus));
            var context = new ReportContext("surface", Scope: $"{declarations.Count} declarations in {source} against {corpus.Root}");
            return reporting.Report(io, result, policy, findings, context);
#else
            return RoslynCommands.NotInNativeBuild(io, "surface");
#endif
        }));
        return command;
    }
}
