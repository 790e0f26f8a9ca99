using AbiTool.Diagnostics;
using AbiTool.Model;
using AbiTool.Parsing;

namespace AbiTool.Validation.Rules;

/// <summary>ABI0001–ABI0005: every entry carries What, Date, KernelVersion, Contact and Description (ABI README).</summary>
public sealed class MissingTagRule(AbiTagKind kind, DiagnosticDescriptor descriptor) : EntryRule
{
    public static IEnumerable<MissingTagRule> All =>
    [
        new(AbiTagKind.What, ValidationCodes.MissingWhat),
        new(AbiTagKind.Date, ValidationCodes.MissingDate),
        new(AbiTagKind.KernelVersion, ValidationCodes.MissingKernelVersion),
        new(AbiTagKind.Contact, ValidationCodes.MissingContact),
        new(AbiTagKind.Description, ValidationCodes.MissingDescription),
    ];

    public override IEnumerable<DiagnosticDescriptor> Descriptors => [descriptor];

    protected override void Check(AbiFile file, AbiEntry entry, List<Diagnostic> found)
    {
        if (entry.Has(kind)) return;
        var name = TagNames.NameOf(kind);
        var message = kind == AbiTagKind.What
            ? $"these tags belong to no What: the entry's What line is missing (first tag: {entry.Tags[0].WrittenName})"
            : $"entry for '{Fingerprints.Subject(entry)}' has no {name}:";
        var span = entry.Whats.Length > 0 ? entry.Whats[0].Span : entry.Span with { EndLine = entry.Span.Line, EndColumn = entry.Span.Column };
        found.Add(descriptor.Create(span, message, Fingerprints.Of(entry)));
    }
}
