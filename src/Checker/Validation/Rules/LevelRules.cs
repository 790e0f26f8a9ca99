using AbiTool.Diagnostics;
using AbiTool.Model;

namespace AbiTool.Validation.Rules;

/// <summary>ABI0015: every ABI file sits in one of the four level folders, which is where its level comes from.</summary>
public sealed class FileOutsideLevelsRule : IValidationRule
{
    public IEnumerable<DiagnosticDescriptor> Descriptors => [ValidationCodes.FileOutsideLevels];

    public IEnumerable<Diagnostic> Check(AbiCorpus corpus) =>
        from file in corpus.Files
        where file.Level == AbiLevel.None
        select ValidationCodes.FileOutsideLevels.Create(SourceSpan.OfFile(file.DisplayPath),
            $"'{file.RelativePath}' is not under stable/, testing/, obsolete/ or removed/, so it has no stability level",
            Fingerprints.Of(file, "level"));
}

/// <summary>ABI0016: the README asks users of testing interfaces to list themselves so they hear of changes.</summary>
public sealed class TestingWithoutUsersRule : EntryRule
{
    public override IEnumerable<DiagnosticDescriptor> Descriptors => [ValidationCodes.TestingWithoutUsers];

    protected override void Check(AbiFile file, AbiEntry entry, List<Diagnostic> found)
    {
        if (entry.Level != AbiLevel.Testing || entry.Users is not null || entry.Whats.IsEmpty) return;
        found.Add(ValidationCodes.TestingWithoutUsers.Create(entry.Whats[0].Span,
            $"testing entry '{entry.Whats[0].Text}' lists no Users: programs that rely on it cannot be told before it changes",
            Fingerprints.Of(entry, "users")));
    }
}
