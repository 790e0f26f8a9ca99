using System.Text;
using AbiTool.Model;
using AbiTool.Reporting.Docs.Model;

namespace AbiTool.Reporting.Docs.Rest;

/// <summary>
/// The ReST book of a tree, in the shape <c>get_abi.pl rest</c> gives the kernel's Sphinx extension: entries sorted
/// by What under "Symbols under /a/b" sections, each with its <c>abi_…</c> anchors, a grid of its What strings, its
/// file, its fields and Description, then one section per file listing its Whats; <c>.. LINENO</c> markers give the
/// source line of every line that came from a file.
/// </summary>
public sealed class RestBookWriter(DocSite site, RestOptions options, AbiLevel? only = null)
{
    public void Write(TextWriter output)
    {
        var text = new StringBuilder(1 << 17);
        string? section = null;
        var entries = site.Entries.Where(e => only is null || e.Level == only).OrderBy(e => e.Whats[0].Text, StringComparer.Ordinal)
            .ThenBy(e => string.Join('\n', e.Entry.WhatTexts), StringComparer.Ordinal).ToList();
        // Reading Descriptions back from their files is a third of the work and independent per entry: done on every
        // core up front, which also gives the cross-links' What index time to be built before the first lookup.
        Parallel.ForEach(entries, entry => _ = entry.Description);
        foreach (var entry in entries)
        {
            Marker(text, entry.File, entry.Entry.Span.Line);
            var group = Group(entry.Whats[0].Text);
            if (group != section)
            {
                section = group;
                text.Append(RestText.Section(RestText.Escape(group), '-'));
            }
            WriteEntry(text, entry);
            Drain(text, output);
        }
        foreach (var file in site.Files.Where(f => only is null || f.Level == only).OrderBy(f => f.Path, StringComparer.Ordinal)) WriteFile(text, file);
        Drain(text, output, all: true);
    }

    /// <summary>Hands the text over in chunks: a kernel book is megabytes, and needs no second copy as one string.</summary>
    private static void Drain(StringBuilder text, TextWriter output, bool all = false)
    {
        if (!all && text.Length < 1 << 16) return;
        foreach (var chunk in text.GetChunks()) output.Write(chunk.Span);
        text.Clear();
    }

    /// <summary>The section an entry sorts into: its first two path components, or "Other symbols".</summary>
    public static string Group(string what)
    {
        if (!what.StartsWith('/')) return "Other symbols";
        var parts = new List<string>();
        foreach (var part in what.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = new string([.. part.TakeWhile(c => char.IsLetterOrDigit(c) || c is '_' or '-')]);
            if (word.Length == 0) break;
            parts.Add(word);
            if (parts.Count == 2 || word.Length != part.Length) break;
        }
        return parts.Count == 0 ? "Other symbols" : $"Symbols under /{string.Join('/', parts)}";
    }

    private void WriteEntry(StringBuilder text, DocEntry entry)
    {
        foreach (var label in entry.Labels) text.Append(".. _").Append(label).Append(":\n\n");
        var names = entry.Whats.Select(w => $"**{RestText.Escape(w.Text)}**").ToList();
        var width = names.Max(n => n.Length);
        var rule = $"+-{new string('-', width)}-+\n";
        text.Append(rule);
        foreach (var name in names) text.Append("| ").Append(name.PadRight(width)).Append(" |\n").Append(rule);
        text.Append('\n');
        text.Append("Defined on file :ref:`").Append(RestText.Escape(entry.File.Name)).Append(" <").Append(entry.File.Label).Append(">`\n\n");

        var fields = new List<(string, string)>();
        if (DocLevel.IsWithdrawn(entry.Level)) fields.Add(("Level", $"**{DocLevel.NameOf(entry.Level)}**"));
        Field(fields, "Date", entry.Entry.Date);
        Field(fields, "KernelVersion", entry.Entry.KernelVersion);
        Field(fields, "Contact", entry.Entry.Contact);
        foreach (var (name, value) in fields) text.Append(':').Append(name).Append(": ").Append(value).Append('\n');
        if (fields.Count > 0) text.Append('\n');

        if (entry.Entry.Description is { IsEmpty: false } description)
        {
            if (options.DescriptionsAreRest) WriteRestDescription(text, entry, description);
            else
            {
                Marker(text, entry.File, description.Span.Line);
                text.Append(RestBlockWriter.Write(entry.Blocks)).Append('\n');
            }
        }
        else
        {
            text.Append("*(no description)*\n\n");
        }

        if (entry.Entry.Users is { Value.Length: > 0 } users)
        {
            Marker(text, entry.File, users.Span.Line);
            text.Append("Users:\n");
            foreach (var line in users.Value.Split('\n')) text.Append('\t').Append(line.Trim()).Append('\n');
            text.Append('\n');
        }
    }

    private static void Field(List<(string, string)> fields, string name, AbiTag? tag)
    {
        if (tag is { Value.Length: > 0 }) fields.Add((name, RestText.Escape(tag.Value.ReplaceLineEndings(" "))));
    }

    private void WriteRestDescription(StringBuilder text, DocEntry entry, AbiDescription description)
    {
        if (entry.Description.FirstLine == 0) Marker(text, entry.File, description.Span.Line);
        WriteLines(text, entry.File, entry.Description);
        text.Append("\n\n");
    }

    /// <summary>
    /// ReST text from a file, with a marker wherever a block can start (after a blank line, or where the indentation
    /// changes): docutils reports a warning at the first line of its paragraph, list item or literal block, so Sphinx
    /// then names the exact source line, at a third of the markers one per line would take.
    /// </summary>
    private void WriteLines(StringBuilder text, DocFile file, DescriptionText lines)
    {
        var rewriter = new RestDescriptionLines(site.Links);
        for (var i = 0; i < lines.Lines.Length; i++)
        {
            if (lines.FirstLine > 0 && (i == 0 || StartsBlock(lines.Lines[i - 1], lines.Lines[i])))
                Marker(text, file, lines.FirstLine + i, blankAfter: false);
            text.Append(rewriter.Rewrite(lines.Lines[i])).Append('\n');
        }
    }

    private static bool StartsBlock(string previous, string line) =>
        previous.Trim().Length == 0 || Indent(previous) != Indent(line) || line.TrimStart().StartsWith("- ", StringComparison.Ordinal)
        || line.TrimStart().StartsWith("* ", StringComparison.Ordinal);

    private static int Indent(string line) => line.Length - line.TrimStart().Length;

    private void WriteFile(StringBuilder text, DocFile file)
    {
        Marker(text, file, 1);
        text.Append(".. _").Append(file.Label).Append(":\n\n");
        text.Append(RestText.Section(RestText.Escape($"File {file.Path}"), '-'));
        if (DocLevel.IsWithdrawn(file.Level)) text.Append(":Level: **").Append(DocLevel.NameOf(file.Level)).Append("**\n\n");
        if (file.PreambleText.Lines.Length > 0)
        {
            WriteLines(text, file, file.PreambleText);
            text.Append('\n');
        }
        if (file.Entries.Length == 0) return;
        text.Append("Has the following ABI:\n\n");
        foreach (var entry in file.Entries)
        {
            for (var i = 0; i < entry.Whats.Length; i++)
                text.Append("- :ref:`").Append(RestText.Escape(entry.Whats[i].Text)).Append(" <").Append(entry.Labels[i]).Append(">`\n\n");
        }
    }

    private void Marker(StringBuilder text, DocFile file, int line, bool blankAfter = true)
    {
        if (!options.LineMarkers) return;
        text.Append(".. LINENO ").Append(options.MarkerRoot).Append(file.Source.RelativePath).Append('#').Append(Math.Max(line, 1)).Append('\n');
        if (blankAfter) text.Append('\n');
    }
}
