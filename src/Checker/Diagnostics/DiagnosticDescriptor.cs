namespace AbiTool.Diagnostics;

/// <summary>What a code means: the fixed part of every diagnostic with that code.</summary>
/// <param name="Code">Stable code; never reused for another meaning.</param>
/// <param name="Name">Short kebab-case name (<c>duplicate-what</c>), used in SARIF rule names and docs anchors.</param>
/// <param name="Title">One line describing the problem class.</param>
/// <param name="DefaultSeverity">Severity unless configured otherwise.</param>
/// <param name="Category">The analysis that owns the code (validation, patterns, sysfs, migration, patches, reference, csharp).</param>
public sealed record DiagnosticDescriptor(string Code, string Name, string Title, Severity DefaultSeverity, string Category)
{
    /// <summary>Where the code is explained, relative to the repository root.</summary>
    public string HelpPath => $"docs/diagnostics.md#{Code.ToLowerInvariant()}";

    public Diagnostic Create(Model.SourceSpan span, string message, string fingerprint) =>
        new(Code, DefaultSeverity, span, message, fingerprint);
}
