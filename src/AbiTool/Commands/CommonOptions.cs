using System.CommandLine;
using AbiTool.Diagnostics;
using AbiTool.Model;
using AbiTool.Reporting.Diagnostics;

namespace AbiTool.Cli.Commands;

/// <summary>Options several commands share, made fresh for each command.</summary>
internal static class CommonOptions
{
    public static Option<string?> Dir() => new("--dir", "-d")
    {
        Description = "ABI tree to read (default: ./Documentation/ABI of the kernel tree you are in, else the tool's own abi/)",
        HelpName = "DIR",
    };

    public static Option<string> Format(params string[] formats) => new Option<string>("--format", "-f")
    {
        Description = $"Output format: {string.Join(", ", formats)}",
        DefaultValueFactory = _ => formats[0],
        HelpName = "FORMAT",
    }.AcceptOnlyFromAmong(formats);

    public static Option<string> Sysfs() => new("--sysfs")
    {
        Description = "The sysfs tree: /sys, a fixture folder laid out like it, or a .tar snapshot (default /sys)",
        DefaultValueFactory = _ => "/sys",
        HelpName = "ROOT",
    };

    public static Option<string?> Output() => new("--output", "-o")
    {
        Description = "Write the report to this file instead of standard output",
        HelpName = "FILE",
    };

    public static Option<string[]> Severity() => new("--severity")
    {
        Description = "Override a code's severity, e.g. --severity ABI0016=none (repeatable; none|info|warning|error)",
        HelpName = "CODE=LEVEL",
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<string> FailOn() => new Option<string>("--fail-on")
    {
        Description = "Lowest severity that makes the exit code 1",
        DefaultValueFactory = _ => "warning",
        HelpName = "LEVEL",
    }.AcceptOnlyFromAmong("info", "warning", "error");

    public static Option<string?> Level() => new Option<string?>("--level")
    {
        Description = "Only entries of this level",
        HelpName = "LEVEL",
    }.AcceptOnlyFromAmong("stable", "testing", "obsolete", "removed");

    public static ReportFormat ReportFormatOf(string name) =>
        Reporters.TryParse(name, out var format) ? format : ReportFormat.Text;

    public static AbiLevel? LevelOf(string? name) => AbiLevels.TryParse(name, out var level) ? level : null;

    public static Severity SeverityOf(string name) => Severities.TryParse(name, out var severity) ? severity : Diagnostics.Severity.Warning;
}
