using AbiTool.Diagnostics;
using AbiTool.Model;

namespace AbiTool.Reporting.Diagnostics;

/// <summary>gcc-style lines (<c>file:line:col: severity: [CODE] message</c>) that editors and terminals make clickable.</summary>
public sealed class TextReporter : IDiagnosticReporter
{
    public void Write(TextWriter output, IReadOnlyList<Diagnostic> diagnostics, ReportContext context)
    {
        foreach (var d in diagnostics)
        {
            output.Write(Location(d.Span));
            output.Write(": ");
            output.Write(d.Severity.Name());
            output.Write(": [");
            output.Write(d.Code);
            output.Write("] ");
            output.WriteLine(d.Message);
            foreach (var related in d.Related)
            {
                output.Write(Location(related.Span));
                output.Write(": note: ");
                output.WriteLine(related.Message);
            }
        }
        output.WriteLine(Reporters.Summary(diagnostics, context));
    }

    internal static string Location(SourceSpan span) => span.HasLine ? $"{span.File}:{span.Line}:{Math.Max(1, span.Column)}" : span.File;
}
