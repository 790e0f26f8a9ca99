using AbiTool.Diagnostics;

namespace AbiTool.Reporting.Diagnostics;

/// <summary>What a reporter knows of the run besides the findings.</summary>
/// <param name="Command">The command that produced the findings (<c>validate</c>), for tool metadata.</param>
/// <param name="Suppressed">Findings a baseline accounted for, not shown.</param>
/// <param name="Scope">What was checked, for the summary line (<c>620 files, 4515 entries</c>).</param>
public sealed record ReportContext(string Command, int Suppressed = 0, string? Scope = null);

/// <summary>Writes findings in one output format.</summary>
public interface IDiagnosticReporter
{
    void Write(TextWriter output, IReadOnlyList<Diagnostic> diagnostics, ReportContext context);
}

/// <summary>The output formats every command that reports findings accepts.</summary>
public enum ReportFormat
{
    Text,
    Json,
    Sarif,
    GitHub,
}

public static class Reporters
{
    public static IDiagnosticReporter For(ReportFormat format) => format switch
    {
        ReportFormat.Json => new JsonReporter(),
        ReportFormat.Sarif => new SarifReporter(),
        ReportFormat.GitHub => new GitHubReporter(),
        _ => new TextReporter(),
    };

    public static bool TryParse(string? name, out ReportFormat format)
    {
        switch (name?.ToLowerInvariant())
        {
            case "text": format = ReportFormat.Text; return true;
            case "json": format = ReportFormat.Json; return true;
            case "sarif": format = ReportFormat.Sarif; return true;
            case "github": format = ReportFormat.GitHub; return true;
            default: format = ReportFormat.Text; return false;
        }
    }

    /// <summary>"2 errors, 5 warnings, 1 info".</summary>
    public static string Summary(IReadOnlyList<Diagnostic> diagnostics, ReportContext context)
    {
        static string Count(int n, string what) => $"{n} {what}{(n == 1 ? "" : "s")}";
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
        var infos = diagnostics.Count(d => d.Severity == Severity.Info);
        var text = $"{Count(errors, "error")}, {Count(warnings, "warning")}, {Count(infos, "info")}";
        if (context.Suppressed > 0) text += $" ({context.Suppressed} more accepted by the baseline)";
        if (context.Scope is not null) text += $" in {context.Scope}";
        return text;
    }
}
