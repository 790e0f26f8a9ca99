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
        var format = CommonOptions.Format("text", "json", "sarif", "github");
        var output = CommonOptions.Output();
        var severity = CommonOptions.Severity();
        var failOn = CommonOptions.FailOn();
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
            dir, format, output, severity, failOn, baseline, updateBaseline,
        };
        command.SetAction(result => io.Guard(() =>
        {
            var policy = SeverityPolicy.Parse(result.GetValue(severity) ?? [], CommonOptions.SeverityOf(result.GetValue(failOn)!));
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
            io.WriteTo(result.GetValue(output), writer =>
                Reporters.For(CommonOptions.ReportFormatOf(result.GetValue(format)!)).Write(writer, findings, context));
            return policy.Fails(findings) ? AbiCli.Findings : AbiCli.Clean;
        }));
        return command;
    }

    private static string Plural(int count, string one, string? many = null) => $"{count} {(count == 1 ? one : many ?? one + "s")}";
}
