using System.Text.Json;
using AbiTool.Diagnostics;
using AbiTool.Model;

namespace AbiTool.Reporting.Diagnostics;

/// <summary>
/// SARIF 2.1.0, the format code-scanning services ingest. One run; the rules are the whole diagnostic catalog so that
/// viewers can describe any code; relative paths are resolved against the working directory (uriBaseId SRCROOT).
/// </summary>
public sealed class SarifReporter : IDiagnosticReporter
{
    private const string RootId = "SRCROOT";

    public void Write(TextWriter output, IReadOnlyList<Diagnostic> diagnostics, ReportContext context) =>
        JsonOutput.Write(output, json => WriteLog(json, diagnostics, context));

    private static void WriteLog(Utf8JsonWriter json, IReadOnlyList<Diagnostic> diagnostics, ReportContext context)
    {
        var rules = DiagnosticCatalog.All;
        var ruleIndex = rules.Select((r, i) => (r.Code, i)).ToDictionary(p => p.Code, p => p.i);

        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", ToolInfo.Name);
        json.WriteString("fullName", $"AbiTool ({context.Command})");
        json.WriteString("semanticVersion", ToolInfo.Version);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Code);
            json.WriteString("name", PascalCase(rule.Name));
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", $"{rule.Title}. See {rule.HelpPath}.");
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(RootId);
        json.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(Directory.GetCurrentDirectory()) + "/").AbsoluteUri);
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("results");
        foreach (var d in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", d.Code);
            if (ruleIndex.TryGetValue(d.Code, out var index)) json.WriteNumber("ruleIndex", index);
            json.WriteString("level", Level(d.Severity));
            json.WriteStartObject("message");
            json.WriteString("text", d.Message);
            json.WriteEndObject();
            json.WriteStartArray("locations");
            WriteLocation(json, d.Span, id: null, message: null);
            json.WriteEndArray();
            if (!d.Related.IsEmpty)
            {
                json.WriteStartArray("relatedLocations");
                var id = 0;
                foreach (var related in d.Related) WriteLocation(json, related.Span, id++, related.Message);
                json.WriteEndArray();
            }
            json.WriteStartObject("partialFingerprints");
            json.WriteString("abiFingerprint/v1", d.Fingerprint);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, SourceSpan span, int? id, string? message)
    {
        json.WriteStartObject();
        if (id is { } i) json.WriteNumber("id", i);
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        if (Path.IsPathRooted(span.File))
        {
            json.WriteString("uri", new Uri(span.File).AbsoluteUri);
        }
        else
        {
            json.WriteString("uri", RelativeUri(span.File));
            json.WriteString("uriBaseId", RootId);
        }
        json.WriteEndObject();
        if (span.HasLine)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", span.Line);
            json.WriteNumber("startColumn", Math.Max(1, span.Column));
            json.WriteNumber("endLine", Math.Max(span.Line, span.EndLine));
            if (span.EndColumn > 0 && (span.EndLine > span.Line || span.EndColumn >= span.Column))
                json.WriteNumber("endColumn", Math.Max(1, span.EndColumn));
            json.WriteEndObject();
        }
        json.WriteEndObject();
        if (message is not null)
        {
            json.WriteStartObject("message");
            json.WriteString("text", message);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    /// <summary>A relative path as a URI reference: each segment escaped, '/' kept.</summary>
    internal static string RelativeUri(string path) =>
        string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "note",
        _ => "none",
    };

    private static string PascalCase(string kebab) =>
        string.Concat(kebab.Split('-').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));
}
