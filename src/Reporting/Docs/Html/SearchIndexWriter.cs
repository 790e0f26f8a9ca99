using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AbiTool.Reporting.Docs.Model;

namespace AbiTool.Reporting.Docs.Html;

/// <summary>
/// The search index the site's script reads: a JS file (so it loads from file:// where fetch cannot) holding
/// <c>{levels, files: [[path, level]], entries: [[whats, labels, file, text]]}</c>, the text being the Description's
/// words on one line.
/// </summary>
public static class SearchIndexWriter
{
    public static string Write(DocSite site)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("levels");
            foreach (var level in site.Levels) json.WriteStringValue(level.Name);
            json.WriteEndArray();
            var fileIndex = new Dictionary<DocFile, int>();
            json.WriteStartArray("files");
            foreach (var file in site.Files)
            {
                fileIndex[file] = fileIndex.Count;
                json.WriteStartArray();
                json.WriteStringValue(file.Path);
                json.WriteNumberValue(site.Levels.IndexOf(site.Levels.First(l => l.Level == file.Level)));
                json.WriteStringValue(file.Page + ".html");
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteStartArray("entries");
            foreach (var entry in site.Entries)
            {
                json.WriteStartArray();
                json.WriteStartArray();
                foreach (var what in entry.Whats) json.WriteStringValue(what.Text);
                json.WriteEndArray();
                json.WriteStartArray();
                foreach (var label in entry.Labels) json.WriteStringValue(label);
                json.WriteEndArray();
                json.WriteNumberValue(fileIndex[entry.File]);
                json.WriteStringValue(Words(entry.Entry.Description?.Text ?? ""));
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        // "</" cannot close a script here: the index is a file of its own, not inline.
        return "window.ABI_INDEX = " + Encoding.UTF8.GetString(buffer.ToArray()) + ";\n";
    }

    private static string Words(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
