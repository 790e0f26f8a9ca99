using System.Collections.Immutable;

namespace AbiTool.Diagnostics;

/// <summary>
/// The user's say over severities: per-code overrides (<c>ABI0016=none</c> turns a code off) and the lowest severity
/// that fails the run.
/// </summary>
public sealed class SeverityPolicy
{
    private readonly Dictionary<string, Severity> overrides = new(StringComparer.OrdinalIgnoreCase);

    public Severity FailOn { get; init; } = Severity.Warning;

    public static SeverityPolicy Default { get; } = new();

    /// <summary>Reads <c>CODE=severity</c> settings; the error names the setting that is wrong.</summary>
    public static SeverityPolicy Parse(IEnumerable<string> settings, Severity failOn)
    {
        var policy = new SeverityPolicy { FailOn = failOn };
        foreach (var setting in settings)
        {
            var parts = setting.Split('=', 2);
            if (parts.Length != 2 || !Severities.TryParse(parts[1], out var severity))
                throw new FormatException($"--severity '{setting}': expected CODE=none|info|warning|error");
            var code = parts[0].Trim();
            if (DiagnosticCatalog.Find(code) is null)
                throw new FormatException($"--severity '{setting}': unknown code '{code}' (see docs/diagnostics.md)");
            policy.overrides[code] = severity;
        }
        return policy;
    }

    public Severity SeverityOf(Diagnostic diagnostic) =>
        overrides.TryGetValue(diagnostic.Code, out var severity) ? severity : diagnostic.Severity;

    /// <summary>The findings with configured severities; those turned off are dropped.</summary>
    public ImmutableArray<Diagnostic> Apply(IEnumerable<Diagnostic> diagnostics) =>
    [
        .. diagnostics
            .Select(d => SeverityOf(d) is var severity && severity == d.Severity ? d : d with { Severity = severity })
            .Where(d => d.Severity != Severity.None),
    ];

    public bool Fails(IEnumerable<Diagnostic> diagnostics) => diagnostics.Any(d => d.Severity >= FailOn && d.Severity != Severity.None);
}
