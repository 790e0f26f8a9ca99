using System.CommandLine;
using AbiTool.Cli.Input;
using AbiTool.Diagnostics;
using AbiTool.Reporting.Diagnostics;
using AbiTool.Validation;

namespace AbiTool.Cli.Commands;

/// <summary><c>abi validate</c>: every problem of an ABI tree as a coded diagnostic.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliIO io)
    {
        var dir = CommonOptions.Dir();
        var reporting = new FindingOptions();
        var baseline = new Option<string?>("--baseline")
        {
            Description = "Accepted findings: read from FILE (only new findings are reported), or written to it when it does not exist",
            HelpName = "FILE",
        };
        var updateBaseline = new Option<bool>("--update-baseline")
        {
            Description = "Rewrite the --baseline file with the current findings",
        };
        var command = new Command("validate", "Check an ABI tree: missing or misspelled tags, duplicates, dates, versions, layout")
        {
            dir, baseline, updateBaseline,
        };
        reporting.AddTo(command);
        command.SetAction(result => io.Guard(() =>
        {
            var policy = reporting.Policy(result);
            var baselinePath = result.GetValue(baseline);
            if (result.GetValue(updateBaseline) && baselinePath is null)
                throw new FormatException("--update-baseline needs --baseline FILE");

            var corpus = AbiTreeLocator.Load(result.GetValue(dir));
            var findings = policy.Apply(new Validator().Validate(corpus));
            var suppressed = 0;
            if (baselinePath is not null)
            {
                if (result.GetValue(updateBaseline) || !File.Exists(baselinePath))
                {
                    var accepted = Baseline.From(findings);
                    accepted.Save(baselinePath);
                    io.Error.WriteLine($"abi: wrote {accepted.Count} accepted findings to {baselinePath}");
                    suppressed = findings.Length;
                    findings = [];
                }
                else
                {
                    (findings, suppressed) = Baseline.Load(baselinePath).Filter(findings);
                }
            }

            var context = new ReportContext("validate", suppressed,
                $"{Plural(corpus.Files.Length, "file")}, {Plural(corpus.EntryCount, "entry", "entries")} of {corpus.Root}");
            return reporting.Report(io, result, policy, findings, context);
        }));
        return command;
    }

    private static string Plural(int count, string one, string? many = null) => $"{count} {(count == 1 ? one : many ?? one + "s")}";
}
