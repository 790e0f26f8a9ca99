using AbiTool.Diagnostics;
using AbiTool.Reporting.Diagnostics;
using AbiTool.Stats;

namespace AbiTool.Reporting.Queries;

/// <summary>Prints <c>abi stats</c> as an aligned table or as JSON.</summary>
public static class StatsWriter
{
    public static void WriteText(TextWriter output, CorpusStats stats)
    {
        output.WriteLine($"ABI tree: {stats.Root}");
        output.WriteLine();
        output.WriteLine($"{"level",-10} {"files",7} {"entries",8} {"whats",7}");
        foreach (var level in stats.Levels)
        {
            var name = level.Level == Model.AbiLevel.None ? "(none)" : level.Level.ToString().ToLowerInvariant();
            output.WriteLine($"{name,-10} {level.Files,7} {level.Entries,8} {level.Whats,7}");
        }
        output.WriteLine($"{"total",-10} {stats.Files,7} {stats.Entries,8} {stats.Whats,7}");
        output.WriteLine();
        output.WriteLine($"distinct What strings: {stats.DistinctWhats}");
        output.WriteLine();
        output.WriteLine(stats.DiagnosticsPerCode.Count == 0 ? "findings: none" : "findings per code:");
        foreach (var (code, count) in stats.DiagnosticsPerCode)
        {
            var descriptor = DiagnosticCatalog.Find(code);
            output.WriteLine($"  {code} {count,6}  {descriptor?.Title}");
        }
    }

    public static void WriteJson(TextWriter output, CorpusStats stats) =>
        JsonOutput.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("root", stats.Root);
            json.WriteNumber("files", stats.Files);
            json.WriteNumber("entries", stats.Entries);
            json.WriteNumber("whats", stats.Whats);
            json.WriteNumber("distinctWhats", stats.DistinctWhats);
            json.WriteStartObject("levels");
            foreach (var level in stats.Levels)
            {
                json.WriteStartObject(level.Level == Model.AbiLevel.None ? "none" : level.Level.ToString().ToLowerInvariant());
                json.WriteNumber("files", level.Files);
                json.WriteNumber("entries", level.Entries);
                json.WriteNumber("whats", level.Whats);
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteStartObject("diagnosticsPerCode");
            foreach (var (code, count) in stats.DiagnosticsPerCode) json.WriteNumber(code, count);
            json.WriteEndObject();
            json.WriteEndObject();
        });
}
