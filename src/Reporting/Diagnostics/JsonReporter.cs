using System.Text.Json;
using AbiTool.Diagnostics;
using AbiTool.Model;

namespace AbiTool.Reporting.Diagnostics;

/// <summary>One JSON document: the findings with their spans, and a summary. Field names are stable.</summary>
public sealed class JsonReporter : IDiagnosticReporter
{
    public void Write(TextWriter output, IReadOnlyList<Diagnostic> diagnostics, ReportContext context)
    {
        JsonOutput.Write(output, json => WriteDocument(json, diagnostics, context));
    }

    private static void WriteDocument(Utf8JsonWriter json, IReadOnlyList<Diagnostic> diagnostics, ReportContext context)
    {
        json.WriteStartObject();
        json.WriteString("tool", "abi");
        json.WriteString("version", ToolInfo.Version);
        json.WriteString("command", context.Command);
        json.WriteStartArray("diagnostics");
        foreach (var d in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("code", d.Code);
            json.WriteString("severity", d.Severity.Name());
            WriteSpan(json, d.Span);
            json.WriteString("message", d.Message);
            json.WriteString("fingerprint", d.Fingerprint);
            if (!d.Related.IsEmpty)
            {
                json.WriteStartArray("related");
                foreach (var related in d.Related)
                {
                    json.WriteStartObject();
                    WriteSpan(json, related.Span);
                    json.WriteString("message", related.Message);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartObject("summary");
        json.WriteNumber("errors", diagnostics.Count(d => d.Severity == Severity.Error));
        json.WriteNumber("warnings", diagnostics.Count(d => d.Severity == Severity.Warning));
        json.WriteNumber("infos", diagnostics.Count(d => d.Severity == Severity.Info));
        json.WriteNumber("suppressedByBaseline", context.Suppressed);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    internal static void WriteSpan(Utf8JsonWriter json, SourceSpan span)
    {
        json.WriteString("file", span.File);
        if (!span.HasLine) return;
        json.WriteNumber("line", span.Line);
        json.WriteNumber("column", span.Column);
        json.WriteNumber("endLine", span.EndLine);
        json.WriteNumber("endColumn", span.EndColumn);
    }
}

/// <summary>Shared JSON writing: indented, non-ASCII text written as itself rather than escaped, one newline at the end.</summary>
public static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter output, Action<Utf8JsonWriter> body)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(64 * 1024);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            body(json);
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}

/// <summary>The tool's name and version as reporters state them.</summary>
public static class ToolInfo
{
    public const string Name = "abi";

    public static string Version { get; } =
        typeof(ToolInfo).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
