using System.Text;
using AbiTool.Diagnostics;

namespace AbiTool.Reporting.Diagnostics;

/// <summary>GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff.</summary>
public sealed class GitHubReporter : IDiagnosticReporter
{
    public void Write(TextWriter output, IReadOnlyList<Diagnostic> diagnostics, ReportContext context)
    {
        foreach (var d in diagnostics)
        {
            var command = d.Severity switch
            {
                Severity.Error => "error",
                Severity.Warning => "warning",
                _ => "notice",
            };
            var line = new StringBuilder("::").Append(command).Append(" file=").Append(Property(d.Span.File));
            if (d.Span.HasLine)
            {
                line.Append(",line=").Append(d.Span.Line).Append(",col=").Append(Math.Max(1, d.Span.Column));
                if (d.Span.EndLine >= d.Span.Line) line.Append(",endLine=").Append(d.Span.EndLine);
            }
            line.Append(",title=").Append(Property(d.Code)).Append("::").Append(Data(d.Message));
            output.WriteLine(line.ToString());
        }
        output.WriteLine(Reporters.Summary(diagnostics, context));
    }

    /// <summary>Escaping of a command's message, as the Actions runner defines it.</summary>
    internal static string Data(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    /// <summary>Escaping of a command's property values: also ':' and ','.</summary>
    internal static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
}
