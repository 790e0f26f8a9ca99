using AbiTool.Diagnostics;
using AbiTool.Model;

namespace AbiTool.Reporting.Diagnostics;

/// <summary>One patch's heading and findings for <see cref="CheckpatchReporter"/>.</summary>
/// <param name="Name">The patch as the user knows it: input and subject.</param>
/// <param name="LinesChecked">Lines of patch text read.</param>
public sealed record PatchSection(string Name, int LinesChecked, IReadOnlyList<Diagnostic> Findings);

/// <summary>
/// Output in the shape kernel developers know from checkpatch.pl: <c>WARNING: message</c>, then <c>#LINE: FILE: path:line:</c>
/// and the offending patch line, a blank line between findings, and a total per patch.
/// </summary>
public sealed class CheckpatchReporter(IReadOnlyList<PatchSection> sections) : IDiagnosticReporter
{
    public void Write(TextWriter output, IReadOnlyList<Diagnostic> diagnostics, ReportContext context)
    {
        foreach (var section in sections)
        {
            foreach (var d in section.Findings)
            {
                output.WriteLine($"{Label(d.Severity)}: [{d.Code}] {d.Message}");
                // The patch line a finding was read from is a related place whose message is that line ('+…' or '-…').
                var patch = d.Related.FirstOrDefault(r => r.Span.HasLine && r.Message.Length > 0 && r.Message[0] is '+' or '-');
                if (patch is not null)
                {
                    output.WriteLine($"#{patch.Span.Line}: FILE: {Place(d.Span)}");
                    output.WriteLine(patch.Message);
                }
                else if (d.Span.HasLine)
                {
                    output.WriteLine($"#{d.Span.Line}: FILE: {d.Span.File}");
                }
                foreach (var related in d.Related.Where(r => !ReferenceEquals(r, patch)))
                    output.WriteLine($"  note: {Place(related.Span)} {related.Message}");
                output.WriteLine();
            }
            int Count(Severity s) => section.Findings.Count(d => d.Severity == s);
            output.WriteLine($"total: {Count(Severity.Error)} errors, {Count(Severity.Warning)} warnings, {Count(Severity.Info)} notes, {section.LinesChecked} lines checked");
            output.WriteLine(section.Findings.Any(d => d.Severity >= Severity.Warning)
                ? $"{section.Name} has ABI documentation problems, please review."
                : $"{section.Name} has no obvious ABI documentation problems.");
            output.WriteLine();
        }
        output.WriteLine(Reporters.Summary(diagnostics, context));
    }

    private static string Label(Severity severity) => severity switch
    {
        Severity.Error => "ERROR",
        Severity.Warning => "WARNING",
        _ => "NOTE",
    };

    private static string Place(SourceSpan span) => span.HasLine ? $"{span.File}:{span.Line}:" : span.File;
}
