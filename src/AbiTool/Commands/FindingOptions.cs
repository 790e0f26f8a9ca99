using System.CommandLine;
using AbiTool.Diagnostics;
using AbiTool.Reporting.Diagnostics;

namespace AbiTool.Cli.Commands;

/// <summary>
/// The options of every command that reports findings — --format, --output, --severity, --fail-on — and the one way
/// they are applied: severities from the policy, the report through the chosen reporter, the exit code from --fail-on.
/// </summary>
internal sealed class FindingOptions
{
    private readonly Option<string> format = CommonOptions.Format("text", "json", "sarif", "github");
    private readonly Option<string?> output = CommonOptions.Output();
    private readonly Option<string[]> severity = CommonOptions.Severity();
    private readonly Option<string> failOn = CommonOptions.FailOn();

    public void AddTo(Command command)
    {
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(severity);
        command.Options.Add(failOn);
    }

    public SeverityPolicy Policy(ParseResult result) =>
        SeverityPolicy.Parse(result.GetValue(severity) ?? [], CommonOptions.SeverityOf(result.GetValue(failOn)!));

    /// <summary>
    /// Writes the findings where --output says, in the --format asked for; returns the exit code. A command with its
    /// own text layout passes it as <paramref name="text"/>.
    /// </summary>
    public int Report(CliIO io, ParseResult result, SeverityPolicy policy, IReadOnlyList<Diagnostic> findings, ReportContext context,
        IDiagnosticReporter? text = null)
    {
        var chosen = CommonOptions.ReportFormatOf(result.GetValue(format)!);
        io.WriteTo(result.GetValue(output), writer =>
            (chosen == ReportFormat.Text && text is not null ? text : Reporters.For(chosen)).Write(writer, findings, context));
        return policy.Fails(findings) ? AbiCli.Findings : AbiCli.Clean;
    }
}
