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
            WriteLocation(output, d.Span);
            output.Write(": ");
            output.Write(d.Severity.Name());
            output.Write(": [");
            output.Write(d.Code);
            output.Write("] ");
            output.WriteLine(d.Message);
            foreach (var related in d.Related)
            {
                WriteLocation(output, related.Span);
                output.Write(": note: ");
                output.WriteLine(related.Message);
            }
        }
        output.WriteLine(Reporters.Summary(diagnostics, context));
    }

    /// <summary><c>file:line:col</c>, formatted straight into the writer (a report can have thousands of lines).</summary>
    private static void WriteLocation(TextWriter output, SourceSpan span)
    {
        output.Write(span.File);
        if (!span.HasLine) return;
        Span<char> number = stackalloc char[24];
        number[0] = ':';
        span.Line.TryFormat(number[1..], out var written);
        number[written + 1] = ':';
        Math.Max(1, span.Column).TryFormat(number[(written + 2)..], out var written2);
        output.Write(number[..(written + 2 + written2)]);
    }
}
