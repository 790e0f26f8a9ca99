using System.Text.Json;
using AbiTool.Model;
using AbiTool.Reporting.Diagnostics;

namespace AbiTool.Reporting.Queries;

/// <summary>Prints <c>abi search</c> results: as the kernel's get_abi.pl does (plus level and line), or as JSON.</summary>
public static class SearchWriter
{
    public static void WriteText(TextWriter output, IEnumerable<AbiEntry> entries)
    {
        foreach (var entry in entries)
        {
            var title = string.Join(", ", entry.WhatTexts);
            output.WriteLine();
            output.WriteLine(title);
            output.WriteLine(new string('-', title.Length));
            output.WriteLine();
            Field(output, "Kernel version:\t\t", entry.KernelVersion?.Value);
            Field(output, "Date:\t\t\t", entry.Date?.Value);
            Field(output, "Contact:\t\t", entry.Contact?.Value);
            Field(output, "Users:\t\t\t", entry.Users?.Value.Replace('\n', ' '));
            Field(output, "Level:\t\t\t", entry.Level.FolderName());
            output.WriteLine($"Defined on file(s):\t{entry.Span.File}:{entry.Span.Line}");
            output.WriteLine();
            output.WriteLine("Description:");
            output.WriteLine();
            output.WriteLine(entry.Description?.Text ?? "");
        }
    }

    private static void Field(TextWriter output, string label, string? value)
    {
        if (!string.IsNullOrEmpty(value)) output.WriteLine(label + value);
    }

    public static void WriteJson(TextWriter output, IEnumerable<AbiEntry> entries) =>
        JsonOutput.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("entries");
            foreach (var entry in entries) WriteEntry(json, entry);
            json.WriteEndArray();
            json.WriteEndObject();
        });

    /// <summary>An entry as JSON; also the shape other commands use when they list entries.</summary>
    public static void WriteEntry(Utf8JsonWriter json, AbiEntry entry)
    {
        json.WriteStartObject();
        json.WriteStartArray("what");
        foreach (var what in entry.WhatTexts) json.WriteStringValue(what);
        json.WriteEndArray();
        json.WriteString("level", entry.Level.FolderName());
        json.WriteString("file", entry.Span.File);
        json.WriteNumber("line", entry.Span.Line);
        WriteOptional(json, "date", entry.Date?.Value);
        WriteOptional(json, "kernelVersion", entry.KernelVersion?.Value);
        WriteOptional(json, "contact", entry.Contact?.Value);
        WriteOptional(json, "users", entry.Users?.Value);
        WriteOptional(json, "description", entry.Description?.Text);
        json.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }
}
