using AbiTool.Diagnostics;
using AbiTool.Model;

namespace AbiTool.Validation.Rules;

/// <summary>ABI0006: a Description tag with no text after it.</summary>
public sealed class EmptyDescriptionRule : EntryRule
{
    public override IEnumerable<DiagnosticDescriptor> Descriptors => [ValidationCodes.EmptyDescription];

    protected override void Check(AbiFile file, AbiEntry entry, List<Diagnostic> found)
    {
        if (entry.Description is { IsEmpty: true } description)
        {
            found.Add(ValidationCodes.EmptyDescription.Create(description.Span,
                $"the Description of '{Fingerprints.Subject(entry)}' is empty: say what the interface is and how to use it",
                Fingerprints.Of(entry)));
        }
    }
}

/// <summary>ABI0032: a What line with nothing after the tag.</summary>
public sealed class EmptyWhatRule : EntryRule
{
    public override IEnumerable<DiagnosticDescriptor> Descriptors => [ValidationCodes.EmptyWhat];

    protected override void Check(AbiFile file, AbiEntry entry, List<Diagnostic> found)
    {
        foreach (var what in entry.Whats)
        {
            if (what.Text.Length == 0)
                found.Add(ValidationCodes.EmptyWhat.Create(what.Span, "What: names no interface", Fingerprints.Of(entry, "empty-what")));
        }
    }
}
