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
    private const int EntriesPerPiece = 64;
    private const int FilesPerPiece = 16;

    /// <summary>Writes the book: entries and files in runs rendered on every core, written out in order.</summary>
    public void Write(TextWriter output)
    {
        // A stable sort, the first What taken out as the key: entries whose Whats are all the same stay in file order.
        var entries = site.Entries.Where(e => only is null || e.Level == only)
            .OrderBy(e => e.Whats[0].Text, StringComparer.Ordinal).ThenBy(e => e, ByLaterWhats).ToArray();
        var files = site.Files.Where(f => only is null || f.Level == only).OrderBy(f => f.Path, StringComparer.Ordinal).ToArray();
        var entryPieces = (entries.Length + EntriesPerPiece - 1) / EntriesPerPiece;
        var filePieces = (files.Length + FilesPerPiece - 1) / FilesPerPiece;
        OrderedRendering.Write(output, entryPieces + filePieces, (writer, piece) =>
        {
            if (piece < entryPieces) WriteEntries(writer, entries, piece * EntriesPerPiece, Math.Min(entries.Length, (piece + 1) * EntriesPerPiece));
            else foreach (var file in files.AsSpan()[((piece - entryPieces) * FilesPerPiece)..Math.Min(files.Length, (piece - entryPieces + 1) * FilesPerPiece)]) WriteFile(writer, file);
        });
    }

    private void WriteEntries(TextWriter output, DocEntry[] entries, int start, int end)
    {
        // A section heading goes where the group changes, also where a run starts after an entry of another group.
        var section = start > 0 ? Group(entries[start - 1].Whats[0].Text) : "";
        for (var i = start; i < end; i++)
        {
            var entry = entries[i];
            Marker(output, entry.File, entry.Entry.Span.Line);
            if (!InGroup(entry.Whats[0].Text, section))
            {
                section = Group(entry.Whats[0].Text);
                WriteSection(output, RestText.Escape(section), '-');
            }
            WriteEntry(output, entry);
        }
    }

    /// <summary>
    /// Entries with the same first What, by all their Whats as one text with a line feed between two, without
    /// building that text.
    /// </summary>
    private static readonly Comparer<DocEntry> ByLaterWhats = Comparer<DocEntry>.Create((a, b) =>
    {
        var (x, y) = (a.Whats, b.Whats);
        for (var i = 1; i < x.Length && i < y.Length; i++)
        {
            var (p, q) = (x[i].Text, y[i].Text);
            var n = Math.Min(p.Length, q.Length);
            var order = string.CompareOrdinal(p, 0, q, 0, n);
            if (order != 0) return order;
            // One What begins the other: the joined texts differ where the shorter one has its line feed, or ends.
            if (p.Length > q.Length) return i + 1 < y.Length ? p[n].CompareTo('\n') : 1;
            if (p.Length < q.Length) return i + 1 < x.Length ? '\n'.CompareTo(q[n]) : -1;
        }
        return x.Length.CompareTo(y.Length);
    });

    /// <summary>The section an entry sorts into: its first two path components, or "Other symbols".</summary>
    public static string Group(string what)
    {
        var key = GroupKey(what, what.Length < 256 ? stackalloc char[256] : new char[what.Length + 1]);
        return key.IsEmpty ? "Other symbols" : $"Symbols under {key}";
    }

    private static bool InGroup(string what, string section)
    {
        var key = GroupKey(what, what.Length < 256 ? stackalloc char[256] : new char[what.Length + 1]);
        return key.IsEmpty ? section == "Other symbols"
            : section.AsSpan().StartsWith("Symbols under ", StringComparison.Ordinal) && section.AsSpan("Symbols under ".Length).SequenceEqual(key);
    }

    /// <summary>"/a/b": the leading word (letters, digits, '_', '-') of the first two components; empty when there is none.</summary>
    private static ReadOnlySpan<char> GroupKey(string what, Span<char> buffer)
    {
        if (!what.StartsWith('/')) return [];
        var length = 0;
        var words = 0;
        foreach (var range in what.AsSpan().Split('/'))
        {
            var part = what.AsSpan()[range];
            if (part.IsEmpty) continue;
            var word = 0;
            while (word < part.Length && (char.IsLetterOrDigit(part[word]) || part[word] is '_' or '-')) word++;
            if (word == 0) break;
            buffer[length++] = '/';
            part[..word].CopyTo(buffer[length..]);
            length += word;
            if (++words == 2 || word != part.Length) break;
        }
        return buffer[..length];
    }

    private void WriteEntry(TextWriter output, DocEntry entry)
    {
        foreach (var label in entry.Labels)
        {
            output.Write(".. _");
            output.Write(label);
            output.Write(":\n\n");
        }
        var width = 0;
        foreach (var what in entry.Whats) width = Math.Max(width, RestText.EscapedLength(what.Text) + 4);
        WriteRule(output, width);
        foreach (var what in entry.Whats)
        {
            output.Write("| **");
            RestText.WriteEscaped(output, what.Text);
            output.Write("**");
            RestText.WriteRun(output, ' ', width - RestText.EscapedLength(what.Text) - 4);
            output.Write(" |\n");
            WriteRule(output, width);
        }
        output.Write("\nDefined on file :ref:`");
        RestText.WriteEscaped(output, entry.File.Name);
        output.Write(" <");
        output.Write(entry.File.Label);
        output.Write(">`\n\n");

        var fields = false;
        if (DocLevel.IsWithdrawn(entry.Level))
        {
            output.Write(":Level: **");
            output.Write(DocLevel.NameOf(entry.Level));
            output.Write("**\n");
            fields = true;
        }
        fields |= Field(output, "Date", entry.Entry.Date);
        fields |= Field(output, "KernelVersion", entry.Entry.KernelVersion);
        fields |= Field(output, "Contact", entry.Entry.Contact);
        if (fields) output.Write('\n');

        if (entry.Entry.Description is { IsEmpty: false } description)
        {
            if (options.DescriptionsAreRest) WriteRestDescription(output, entry, description);
            else
            {
                Marker(output, entry.File, description.Span.Line);
                output.Write(RestBlockWriter.Write(entry.Blocks));
                output.Write('\n');
            }
        }
        else
        {
            output.Write("*(no description)*\n\n");
        }

        if (entry.Entry.Users is { Value.Length: > 0 } users)
        {
            Marker(output, entry.File, users.Span.Line);
            output.Write("Users:\n");
            foreach (var range in users.Value.AsSpan().Split('\n'))
            {
                output.Write('\t');
                output.Write(users.Value.AsSpan()[range].Trim());
                output.Write('\n');
            }
            output.Write('\n');
        }
    }

    private static void WriteRule(TextWriter output, int width)
    {
        output.Write("+-");
        RestText.WriteRun(output, '-', width);
        output.Write("-+\n");
    }

    /// <summary>":Name: value", the value on one line; nothing for a missing or empty tag.</summary>
    private static bool Field(TextWriter output, string name, AbiTag? tag)
    {
        if (tag is not { Value.Length: > 0 }) return false;
        output.Write(':');
        output.Write(name);
        output.Write(": ");
        var first = true;
        foreach (var line in tag.Value.AsSpan().EnumerateLines())
        {
            if (!first) output.Write(' ');
            RestText.WriteEscaped(output, line);
            first = false;
        }
        output.Write('\n');
        return true;
    }

    private void WriteRestDescription(TextWriter output, DocEntry entry, AbiDescription description)
    {
        if (entry.Description.FirstLine == 0) Marker(output, entry.File, description.Span.Line);
        WriteLines(output, entry.File, entry.Description);
        output.Write("\n\n");
    }

    /// <summary>
    /// ReST text from a file, with a marker wherever a block can start (after a blank line, or where the indentation
    /// changes): docutils reports a warning at the first line of its paragraph, list item or literal block, so Sphinx
    /// then names the exact source line, at a third of the markers one per line would take.
    /// </summary>
    private void WriteLines(TextWriter output, DocFile file, DescriptionText lines)
    {
        var rewriter = new RestDescriptionLines(site.Links);
        for (var i = 0; i < lines.Lines.Length; i++)
        {
            var line = lines.Lines[i].Span;
            if (lines.FirstLine > 0 && (i == 0 || StartsBlock(lines.Lines[i - 1].Span, line)))
                Marker(output, file, lines.FirstLine + i, blankAfter: false);
            rewriter.Write(output, line);
            output.Write('\n');
        }
    }

    private static bool StartsBlock(ReadOnlySpan<char> previous, ReadOnlySpan<char> line)
    {
        var text = line.TrimStart();
        return previous.IsWhiteSpace() || Indent(previous) != line.Length - text.Length
            || text.StartsWith("- ", StringComparison.Ordinal) || text.StartsWith("* ", StringComparison.Ordinal);
    }

    private static int Indent(ReadOnlySpan<char> line) => line.Length - line.TrimStart().Length;

    private void WriteFile(TextWriter output, DocFile file)
    {
        Marker(output, file, 1);
        output.Write(".. _");
        output.Write(file.Label);
        output.Write(":\n\n");
        WriteSection(output, RestText.Escape($"File {file.Path}"), '-');
        if (DocLevel.IsWithdrawn(file.Level))
        {
            output.Write(":Level: **");
            output.Write(DocLevel.NameOf(file.Level));
            output.Write("**\n\n");
        }
        if (file.PreambleText.Lines.Length > 0)
        {
            WriteLines(output, file, file.PreambleText);
            output.Write('\n');
        }
        if (file.Entries.Length == 0) return;
        output.Write("Has the following ABI:\n\n");
        foreach (var entry in file.Entries)
        {
            for (var i = 0; i < entry.Whats.Length; i++)
            {
                output.Write("- :ref:`");
                RestText.WriteEscaped(output, entry.Whats[i].Text);
                output.Write(" <");
                output.Write(entry.Labels[i]);
                output.Write(">`\n\n");
            }
        }
    }

    private static void WriteSection(TextWriter output, string escapedTitle, char rule)
    {
        output.Write(escapedTitle);
        output.Write('\n');
        RestText.WriteRun(output, rule, Math.Max(escapedTitle.Length, 3));
        output.Write("\n\n");
    }

    private void Marker(TextWriter output, DocFile file, int line, bool blankAfter = true)
    {
        if (!options.LineMarkers) return;
        output.Write(".. LINENO ");
        output.Write(options.MarkerRoot);
        output.Write(file.Source.RelativePath);
        output.Write('#');
        Span<char> number = stackalloc char[11];
        Math.Max(line, 1).TryFormat(number, out var digits);
        output.Write(number[..digits]);
        output.Write(blankAfter ? "\n\n" : "\n");
    }
}
