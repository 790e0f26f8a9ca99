using System.CommandLine;
using AbiTool.Cli.Input;
using AbiTool.Reporting.Diagnostics;

namespace AbiTool.Cli.Commands;

/// <summary>
/// <c>abi scan-cs PATH</c>: the C# analyzer run over source without building it. Roslyn does not run in the
/// NativeAOT binary, so there the command only says where to get it (see <see cref="RoslynCommands"/>).
/// </summary>
internal static class ScanCsCommand
{
    public static Command Create(CliIO io)
    {
        var path = new Argument<string>("PATH") { Description = "A .csproj, .sln, .slnx, .cs file or folder of C# source" };
        var dir = CommonOptions.Dir();
        var reporting = new FindingOptions();
        var command = new Command("scan-cs", "Find sysfs/procfs paths in C# source and check them against the ABI levels (dotnet tool only)")
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
            var findings = policy.Apply(CSharp.ScanCsAnalysis.Run(source, corpus));
            return reporting.Report(io, result, policy, findings, new ReportContext("scan-cs", Scope: $"{source} against {corpus.Root}"));
#else
            return RoslynCommands.NotInNativeBuild(io, "scan-cs");
#endif
        }));
        return command;
    }
}

/// <summary>What the native binary says for the commands that need Roslyn.</summary>
internal static class RoslynCommands
{
    public static int NotInNativeBuild(CliIO io, string command)
    {
        io.Error.WriteLine($"abi: '{command}' needs Roslyn, which the native binary leaves out; install the dotnet tool (dotnet tool install --global AbiTool) and run it from there");
        return AbiCli.UsageError;
    }
}
