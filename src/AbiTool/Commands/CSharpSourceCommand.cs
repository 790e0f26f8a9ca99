using System.CommandLine;
using AbiTool.Cli.Input;
using AbiTool.Diagnostics;
using AbiTool.Model;
using AbiTool.Reporting.Diagnostics;

namespace AbiTool.Cli.Commands;

/// <summary>
/// The shape of the commands that read C# source with Roslyn (<c>scan-cs</c>, <c>surface</c>): a PATH, --dir and the
/// finding options. Roslyn does not run in the NativeAOT binary; there the analysis is null and the command says
/// where to get it.
/// </summary>
internal static class CSharpSourceCommand
{
    /// <summary>The findings for a source path against a corpus, and the scope line of the report.</summary>
    public delegate (IReadOnlyList<Diagnostic> Findings, string Scope) Analysis(string source, AbiCorpus corpus);

    public static Command Create(CliIO io, string name, string description, string pathDescription, Analysis? analysis)
    {
        var path = new Argument<string>("PATH") { Description = pathDescription };
        var dir = CommonOptions.Dir();
        var reporting = new FindingOptions();
        var command = new Command(name, description + " (dotnet tool only)") { path, dir };
        reporting.AddTo(command);
        command.SetAction(result => io.Guard(() =>
        {
            if (analysis is null) return NotInNativeBuild(io, name);
            var policy = reporting.Policy(result);
            var corpus = AbiTreeLocator.Load(result.GetValue(dir));
            var (findings, scope) = analysis(result.GetValue(path)!, corpus);
            return reporting.Report(io, result, policy, policy.Apply(findings), new ReportContext(name, Scope: scope));
        }));
        return command;
    }

    private static int NotInNativeBuild(CliIO io, string command)
    {
        io.Error.WriteLine($"abi: '{command}' needs Roslyn, which the native binary leaves out; install the dotnet tool (dotnet tool install --global AbiTool) and run it from there");
        return AbiCli.UsageError;
    }
}
