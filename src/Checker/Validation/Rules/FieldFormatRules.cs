using AbiTool.Diagnostics;
using AbiTool.Model;
using AbiTool.Parsing;

namespace AbiTool.Validation.Rules;

/// <summary>ABI0013: a Date that reads as no date ("Month YYYY", "Mon DD, YYYY", "DD-Mon-YYYY", "YYYY-MM-DD" do).</summary>
public sealed class DateFormatRule : EntryRule
{
    public override IEnumerable<DiagnosticDescriptor> Descriptors => [ValidationCodes.BadDate];

    protected override void Check(AbiFile file, AbiEntry entry, List<Diagnostic> found)
    {
        if (entry.Date is not { } date || FieldGrammar.TryParseDate(date.Value, out _)) return;
        if (date.Value.Length == 0)
        {
            found.Add(ValidationCodes.BadDate.Create(date.ValueSpan, "Date is empty; give the month the interface appeared, like 'October 2020'",
                Fingerprints.Of(entry, "date")));
            return;
        }
        var hint = FieldGrammar.SuggestMonth(date.Value) is { } month
            ? $" ('{month.Written}' is not a month name: did you mean '{month.Meant}'?)"
            : "; write it like 'October 2020' or '2020-10-01'";
        found.Add(ValidationCodes.BadDate.Create(date.ValueSpan, $"Date '{date.Value}' is not a recognised date{hint}", Fingerprints.Of(entry, "date")));
    }
}

/// <summary>ABI0014: a KernelVersion that is not a release like <c>5.1</c>, <c>v5.10</c> or <c>2.6.12-rc2</c>.</summary>
public sealed class KernelVersionFormatRule : EntryRule
{
    public override IEnumerable<DiagnosticDescriptor> Descriptors => [ValidationCodes.BadKernelVersion];

    protected override void Check(AbiFile file, AbiEntry entry, List<Diagnostic> found)
    {
        if (entry.KernelVersion is not { } version || FieldGrammar.TryParseKernelVersion(version.Value, out _)) return;
        var shown = version.Value.Length == 0 ? "is empty" : $"'{version.Value}' is not a kernel release";
        found.Add(ValidationCodes.BadKernelVersion.Create(version.ValueSpan,
            $"KernelVersion {shown}; give the release the interface first appeared in, like '5.1' or 'v5.10'",
            Fingerprints.Of(entry, "kernelversion")));
    }
}
