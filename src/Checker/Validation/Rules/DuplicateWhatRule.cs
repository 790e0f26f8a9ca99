using AbiTool.Diagnostics;
using AbiTool.Model;

namespace AbiTool.Validation.Rules;

/// <summary>
/// ABI0011 and ABI0012: one What documented by two entries. Within a file the later entry is reported; across files
/// each file after the first one (in path order) is reported, naming the first place as a related location.
/// </summary>
public sealed class DuplicateWhatRule : IValidationRule
{
    public IEnumerable<DiagnosticDescriptor> Descriptors => [ValidationCodes.DuplicateWhatInFile, ValidationCodes.DuplicateWhatAcrossFiles];

    public IEnumerable<Diagnostic> Check(AbiCorpus corpus)
    {
        var first = new Dictionary<string, (AbiFile File, AbiEntry Entry, AbiWhat What)>(StringComparer.Ordinal);
        foreach (var file in corpus.Files)
        {
            foreach (var entry in file.Entries)
            {
                foreach (var what in entry.Whats)
                {
                    if (what.Text.Length == 0) continue;
                    if (!first.TryGetValue(what.Text, out var earlier))
                    {
                        first[what.Text] = (file, entry, what);
                        continue;
                    }
                    if (ReferenceEquals(earlier.Entry, entry)) continue; // listed twice in one entry: harmless
                    var sameFile = ReferenceEquals(earlier.File, file);
                    var descriptor = sameFile ? ValidationCodes.DuplicateWhatInFile : ValidationCodes.DuplicateWhatAcrossFiles;
                    var where = sameFile ? $"line {earlier.What.Span.Line}" : $"{earlier.File.DisplayPath}:{earlier.What.Span.Line}";
                    yield return descriptor.Create(what.Span,
                            $"'{what.Text}' is already documented at {where}; keep one entry and merge the text",
                            Fingerprints.Of(file, what.Text)) with
                        {
                            Related = [new RelatedLocation(earlier.What.Span, "first documented here")],
                        };
                }
            }
        }
    }
}
