using AbiTool.Diagnostics;
using AbiTool.Model;
using AbiTool.Patterns;
using AbiTool.Sysfs;

namespace AbiTool.Validation.Rules;

/// <summary>ABI0101 and ABI0102: every What is read with the pattern language; those it cannot use say why.</summary>
public sealed class WhatPatternRule : EntryRule
{
    public override IEnumerable<DiagnosticDescriptor> Descriptors => [SysfsCodes.WhatNotAPath, SysfsCodes.WhatUnreadable];

    protected override void Check(AbiFile file, AbiEntry entry, List<Diagnostic> found)
    {
        foreach (var what in entry.Whats)
        {
            if (what.Text.Length == 0) continue;
            var (kind, problem) = WhatPatternParser.Check(what.Text);
            var descriptor = kind switch
            {
                WhatKind.NotAPath => SysfsCodes.WhatNotAPath,
                WhatKind.Unreadable => SysfsCodes.WhatUnreadable,
                _ => null,
            };
            if (descriptor is null) continue;
            found.Add(descriptor.Create(what.Span, $"'{what.Text}' cannot be matched against a tree: {problem}",
                Fingerprints.Of(entry, "pattern|" + what.Text)));
        }
    }
}
