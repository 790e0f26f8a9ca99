using AbiTool.Diagnostics;
using AbiTool.Model;

namespace AbiTool.Validation;

/// <summary>One validation rule: it owns its codes and looks at the corpus it is given.</summary>
public interface IValidationRule
{
    IEnumerable<DiagnosticDescriptor> Descriptors { get; }

    IEnumerable<Diagnostic> Check(AbiCorpus corpus);
}

/// <summary>A rule that judges each entry on its own.</summary>
/// <remarks>Entries are visited with plain loops into one list: a kernel tree has thousands of entries, and an
/// enumerator per entry and rule was most of validation's allocations.</remarks>
public abstract class EntryRule : IValidationRule
{
    public abstract IEnumerable<DiagnosticDescriptor> Descriptors { get; }

    public IEnumerable<Diagnostic> Check(AbiCorpus corpus)
    {
        var found = new List<Diagnostic>();
        foreach (var file in corpus.Files)
        {
            foreach (var entry in file.Entries) Check(file, entry, found);
        }
        return found;
    }

    protected abstract void Check(AbiFile file, AbiEntry entry, List<Diagnostic> found);
}

/// <summary>Fingerprints name what a finding is about without line numbers, so they survive unrelated edits.</summary>
public static class Fingerprints
{
    public static string Of(AbiFile file, string subject) => $"{file.RelativePath}|{subject}";

    public static string Of(AbiEntry entry, string subject = "") => $"{entry.RelativePath}|{Subject(entry)}{(subject.Length > 0 ? "|" + subject : "")}";

    /// <summary>What an entry is known by: its first What, or the first tag's value when it has no What.</summary>
    public static string Subject(AbiEntry entry) =>
        entry.Whats.Length > 0 ? entry.Whats[0].Text : entry.Tags.Length > 0 ? $"{entry.Tags[0].Kind}:{entry.Tags[0].Value}" : "";
}
