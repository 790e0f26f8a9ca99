using System.Collections.Immutable;
using AbiTool.Model;

namespace AbiTool.Parsing;

/// <summary>
/// Reads the text of one ABI file into entries. Lines are classified (blank, indented, or column-0 with
/// <see cref="AbiLineGrammar"/>) and folded into entries the way a careful reader would read them; every irregular
/// reading is recorded as a <see cref="ParseNote"/> so that nothing is absorbed silently.
/// </summary>
public static class AbiFileParser
{
    public static AbiFile Parse(string text, string relativePath, string displayPath)
    {
        var state = new FileState(relativePath, displayPath, AbiLevels.FromRelativePath(relativePath));
        var lineNumber = 0;
        var position = 0;
        var anyContent = false;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            if (end < 0) end = text.Length;
            var length = end - position;
            if (length > 0 && text[end - 1] == '\r') length--;
            lineNumber++;
            anyContent |= state.Read(text, position, length, lineNumber);
            position = end + 1;
        }
        return state.Finish(isEmpty: !anyContent);
    }

    /// <summary>The fold: one instance per file, fed line by line.</summary>
    private sealed class FileState(string relativePath, string displayPath, AbiLevel level)
    {
        private readonly string relativePath = relativePath;
        private readonly string displayPath = displayPath;
        private readonly AbiLevel level = level;
        private readonly ImmutableArray<AbiEntry>.Builder entries = ImmutableArray.CreateBuilder<AbiEntry>();
        private readonly ImmutableArray<ParseNote>.Builder notes = ImmutableArray.CreateBuilder<ParseNote>();
        private readonly List<string> preamble = [];
        private int preambleLine;
        private EntryState? entry;
        private bool previousBlank = true;
        private bool sawAnyTag;

        /// <summary>Reads one line of <paramref name="text"/>; true unless it is blank.</summary>
        /// <remarks>
        /// Most lines are Description text: those are handed over as offsets into the file's text, and a line is
        /// copied into a string only when the fold has to keep or inspect it.
        /// </remarks>
        public bool Read(string text, int start, int length, int number)
        {
            var span = text.AsSpan(start, length);
            if (span.IsWhiteSpace())
            {
                ReadBlank(number);
                previousBlank = true;
                return false;
            }
            if (span[0] is ' ' or '\t')
            {
                if (entry is { DescriptionOpen: true }) entry.AddDescriptionLine(text, start, length, number);
                else ReadIndented(span.ToString(), number);
            }
            else
            {
                ReadColumnZero(text, start, length, number);
            }
            previousBlank = false;
            return true;
        }

        private void ReadBlank(int number)
        {
            if (entry is null)
            {
                if (preamble.Count > 0) preamble.Add("");
                return;
            }
            entry.ReadBlank(number);
        }

        private void ReadIndented(string line, int number)
        {
            if (entry is null)
            {
                AddPreamble(line, number);
                return;
            }
            entry.ReadIndented(line, number, previousBlank);
        }

        private void ReadColumnZero(string text, int start, int length, int number)
        {
            var span = text.AsSpan(start, length);
            if (!AbiLineGrammar.TryParseHead(span, out var head) && entry is { DescriptionOpen: true })
            {
                entry.AddDescriptionLine(text, start, length, number);
                return;
            }
            if (head.Name is not null)
            {
                if (TagNames.TryResolve(head.Name, out var kind, out var form))
                {
                    if (head.HasColon || AcceptsColonless(kind, span, head))
                    {
                        if (!head.HasColon) form = TagForm.NoColon;
                        ReadTag(kind, form, head, text, start, length, number);
                        return;
                    }
                }
                else if (head.HasColon && entry is not null)
                {
                    if (entry.DescriptionOpen)
                    {
                        entry.AddDescriptionLine(text, start, length, number);
                        entry.NoteTagLikeLine(head, number);
                    }
                    else
                    {
                        entry.ReadUnknownTag(head, number, length);
                    }
                    return;
                }
            }
            if (entry is null) AddPreamble(span.ToString(), number);
            else if (entry.DescriptionOpen) entry.AddDescriptionLine(text, start, length, number);
            else entry.ReadColumnZeroText(span.ToString(), number);
        }

        /// <summary>
        /// A known tag name without its colon is read as that tag only where a tag can stand and where ordinary text
        /// is unlikely: a What followed by a path anywhere (it also ends a Description), any other tag among the
        /// entry's header lines.
        /// </summary>
        private bool AcceptsColonless(AbiTagKind kind, ReadOnlySpan<char> line, TagHead head)
        {
            if (!string.Equals(head.Name, TagNames.NameOf(kind), StringComparison.Ordinal)) return false;
            if (head.Separator == ';') return true;
            var value = line[head.ValueColumn..].Trim();
            if (kind == AbiTagKind.What) return value.StartsWith("/");
            return entry is not null && entry.InHeader;
        }

        private void ReadTag(AbiTagKind kind, TagForm form, TagHead head, string text, int start, int length, int number)
        {
            var line = text.AsSpan(start, length);
            sawAnyTag = true;
            NoteForm(kind, form, head, number);
            var value = line[head.ValueColumn..].Trim().ToString();
            var span = SourceSpan.OfLine(displayPath, number, line.Length);
            var valueSpan = SourceSpan.At(displayPath, number, head.ValueColumn + 1);
            var tag = new AbiTag(kind, head.Name, form, value, span, valueSpan);

            if (kind == AbiTagKind.What && entry is { HasWhats: false } && !previousBlank)
            {
                // Tags right above a What, after a blank line: they belong to this What, written in the wrong order.
                notes.Add(new ParseNote(ParseNoteKind.TagsBeforeWhat, span, value));
            }
            else if (kind == AbiTagKind.What && (entry is null || !entry.TakesMoreWhats))
            {
                var hadContent = entry is not null || preamble.Count > 0;
                StartEntry(number);
                if (hadContent && !previousBlank)
                    notes.Add(new ParseNote(ParseNoteKind.NoBlankLineBeforeEntry, span, value));
            }
            else if (kind != AbiTagKind.What && (entry is null || (previousBlank && entry.HasDescription)))
            {
                // A tag after a blank line that follows a complete entry opens a What-less entry. If What lines come
                // right after it, the tags were written above their What; if not, CloseEntry gives them back to the
                // entry above (a trailing "Users:" set off by a blank line) unless they clash with its own tags.
                StartEntry(number);
            }
            entry!.ReadTag(tag, text, start);
        }

        private void NoteForm(AbiTagKind kind, TagForm form, TagHead head, int number)
        {
            var span = new SourceSpan(displayPath, number, 1, number, head.Name.Length + 1);
            var canonical = TagNames.NameOf(kind);
            switch (form)
            {
                case TagForm.NoColon:
                    notes.Add(new ParseNote(ParseNoteKind.TagWithoutColon, span with { EndColumn = span.EndColumn + (head.Separator is null ? 0 : 1) },
                        head.Name + head.Separator, canonical));
                    break;
                case TagForm.WrongCase:
                    notes.Add(new ParseNote(ParseNoteKind.TagWrongCase, span, head.Name, canonical));
                    break;
                case TagForm.Misspelled:
                    notes.Add(new ParseNote(ParseNoteKind.TagMisspelled, span, head.Name, canonical));
                    break;
            }
        }

        private void StartEntry(int number)
        {
            CloseEntry();
            entry = new EntryState(this, number);
        }

        private void CloseEntry()
        {
            if (entry is null) return;
            var built = entry.Build();
            entry = null;
            if (built.Whats.IsEmpty && entries.Count > 0 && CanTakeTrailingTags(entries[^1], built))
            {
                var above = entries[^1];
                entries[^1] = above with { Tags = above.Tags.AddRange(built.Tags), Span = above.Span.Through(built.Span) };
                notes.Add(new ParseNote(ParseNoteKind.BlankLineInHeader, SourceSpan.At(displayPath, built.Span.Line - 1)));
                return;
            }
            entries.Add(built);
        }

        private static bool CanTakeTrailingTags(AbiEntry above, AbiEntry trailing) =>
            !above.Whats.IsEmpty && trailing.Tags.All(t => !above.Has(t.Kind));

        private void AddPreamble(string line, int number)
        {
            if (preamble.Count == 0) preambleLine = number;
            preamble.Add(line.TrimEnd());
        }

        public AbiFile Finish(bool isEmpty)
        {
            CloseEntry();
            string? preambleText = null;
            var allNotes = ImmutableArray.CreateBuilder<ParseNote>(notes.Count + 2);
            if (isEmpty)
            {
                allNotes.Add(new ParseNote(ParseNoteKind.EmptyFile, SourceSpan.At(displayPath, 1)));
            }
            else if (!sawAnyTag)
            {
                allNotes.Add(new ParseNote(ParseNoteKind.NoEntries, SourceSpan.At(displayPath, 1)));
            }
            if (preamble.Count > 0)
            {
                preambleText = string.Join('\n', preamble).Trim('\n');
                if (sawAnyTag)
                {
                    var span = SourceSpan.OfLine(displayPath, preambleLine, preamble[0].Length);
                    allNotes.Add(new ParseNote(ParseNoteKind.Preamble, span, preamble[0].Trim()));
                }
            }
            allNotes.AddRange(notes);
            // Notes are gathered from two places (file and entries); give them back in source order.
            var ordered = allNotes.OrderBy(n => n.Span.Line).ThenBy(n => n.Span.Column).ToImmutableArray();
            return new AbiFile(relativePath, displayPath, level, preambleText, entries.ToImmutable(), ordered)
            {
                PreambleLine = preambleText is null ? 0 : preambleLine,
            };
        }

        /// <summary>One entry being read.</summary>
        private sealed class EntryState(FileState file, int firstLine)
        {
            private readonly ImmutableArray<AbiWhat>.Builder whats = ImmutableArray.CreateBuilder<AbiWhat>();
            private readonly ImmutableArray<AbiTag>.Builder tags = ImmutableArray.CreateBuilder<AbiTag>();
            private DescriptionBuilder? description;
            private AbiTagKind? lastTag;
            private readonly int firstLine = firstLine;
            private int lastLine = firstLine;
            private int lastLineLength;
            private int blankInHeader;
            private bool notedBlankInHeader;

            private int tagsSinceWhat;

            /// <summary>True while no other tag has followed the What lines: another What joins this entry.</summary>
            public bool TakesMoreWhats => tags.Count == 0 || (whats.Count > 0 && tagsSinceWhat == 0);

            /// <summary>Between the What lines and the Description body, where colon-less tags are accepted.</summary>
            public bool InHeader => description is null;

            public bool Has(AbiTagKind kind) => tags.Any(t => t.Kind == kind);

            public bool HasWhats => whats.Count > 0;

            public bool HasDescription => description is not null;

            public bool DescriptionOpen => description is { IsOpen: true };

            public void AddDescriptionLine(string text, int start, int length, int number)
            {
                description!.AddLine(text, start, length, number);
                Touch(number, length);
            }

            private string DisplayPath => file.displayPath;

            private void Touch(int number, int length)
            {
                lastLine = number;
                lastLineLength = length;
            }

            public void ReadBlank(int number)
            {
                // Blank lines inside a Description are part of its text range; elsewhere they are remembered.
                if (description is not null) description.AddBlank();
                else if (blankInHeader == 0) blankInHeader = number;
            }

            /// <param name="text">The file's text, and <paramref name="lineStart"/> where the tag's line starts in it.</param>
            public void ReadTag(AbiTag tag, string text, int lineStart)
            {
                if (description is not null && tag.Kind != AbiTagKind.Description) description.Close();
                if (InHeader && blankInHeader > 0 && tags.Count > 0 && !notedBlankInHeader)
                {
                    notedBlankInHeader = true;
                    file.notes.Add(new ParseNote(ParseNoteKind.BlankLineInHeader, SourceSpan.At(DisplayPath, blankInHeader)));
                }
                blankInHeader = 0;

                if (tag.Kind != AbiTagKind.What && Has(tag.Kind))
                {
                    var merges = tag.Kind is AbiTagKind.Contact or AbiTagKind.Users;
                    var reading = merges ? "merged" : tag.Kind == AbiTagKind.Description ? "appended" : null;
                    file.notes.Add(new ParseNote(ParseNoteKind.DuplicateTag, tag.Span, TagNames.NameOf(tag.Kind), reading));
                    if (merges) MergeInto(tag);
                }
                tags.Add(tag);
                tagsSinceWhat = tag.Kind == AbiTagKind.What ? 0 : tagsSinceWhat + 1;
                lastTag = tag.Kind;
                Touch(tag.Span.Line, tag.Span.EndColumn - 1);
                switch (tag.Kind)
                {
                    case AbiTagKind.What:
                        whats.Add(new AbiWhat(tag.Value, WhatForm.Tagged, tag.ValueSpan with { EndColumn = tag.ValueSpan.Column + tag.Value.Length }));
                        break;
                    case AbiTagKind.Description when description is null:
                        description = new DescriptionBuilder(tag, text, lineStart, file.notes, DisplayPath);
                        break;
                    case AbiTagKind.Description:
                        // A second Description: its text is read on as part of the first (the note says so).
                        description.AddText(tag.Value, tag.Span.Line);
                        break;
                }
            }

            public void ReadIndented(string line, int number, bool afterBlank)
            {
                var text = line.Trim();
                var span = new SourceSpan(DisplayPath, number, line.Length - line.TrimStart().Length + 1, number, line.TrimEnd().Length + 1);
                if (lastTag == AbiTagKind.What && (!afterBlank || TakesMoreWhats))
                {
                    if (text.StartsWith('/'))
                    {
                        whats.Add(new AbiWhat(text, WhatForm.Untagged, span));
                        file.notes.Add(new ParseNote(ParseNoteKind.UntaggedWhat, span, text));
                    }
                    else
                    {
                        var last = whats[^1];
                        whats[^1] = last with { Text = last.Text + " " + text, Span = last.Span with { EndLine = number, EndColumn = span.EndColumn } };
                        file.notes.Add(new ParseNote(ParseNoteKind.WhatContinuation, span, text));
                    }
                    Touch(number, line.Length);
                    return;
                }
                if (lastTag is { } kind && kind != AbiTagKind.What && !afterBlank)
                {
                    ContinueTag(kind, text, number, line.Length);
                    return;
                }
                if (lastTag is null && !afterBlank)
                {
                    // Continuation of an unknown tag: it was already reported, its text belongs to it.
                    Touch(number, line.Length);
                    return;
                }
                file.notes.Add(new ParseNote(ParseNoteKind.StrayText, span, text));
                Touch(number, line.Length);
            }

            /// <summary>A second Contact or Users line lists one more contact or user: read both.</summary>
            private void MergeInto(AbiTag repeated)
            {
                var index = 0;
                while (tags[index].Kind != repeated.Kind) index++;
                var separator = repeated.Kind == AbiTagKind.Users ? "\n" : ", ";
                tags[index] = tags[index] with { Value = tags[index].Value + separator + repeated.Value };
            }

            private void ContinueTag(AbiTagKind kind, string text, int number, int length)
            {
                var index = tags.Count - 1;
                var tag = tags[index];
                var separator = kind == AbiTagKind.Users ? "\n" : " ";
                tags[index] = tag with
                {
                    Value = tag.Value.Length == 0 ? text : tag.Value + separator + text,
                    Span = tag.Span with { EndLine = number, EndColumn = length + 1 },
                };
                Touch(number, length);
            }

            public void NoteTagLikeLine(TagHead head, int number)
            {
                var span = new SourceSpan(DisplayPath, number, 1, number, head.Name.Length + 2);
                file.notes.Add(new ParseNote(ParseNoteKind.TagLikeDescriptionLine, span, head.Name, TagNames.Suggest(head.Name)));
            }

            public void ReadUnknownTag(TagHead head, int number, int length)
            {
                var span = new SourceSpan(DisplayPath, number, 1, number, head.Name.Length + 2);
                file.notes.Add(new ParseNote(ParseNoteKind.UnknownTag, span, head.Name, TagNames.Suggest(head.Name)));
                lastTag = null;
                Touch(number, length);
            }

            public void ReadColumnZeroText(string line, int number)
            {
                file.notes.Add(new ParseNote(ParseNoteKind.StrayText, SourceSpan.OfLine(DisplayPath, number, line.Length), line.Trim()));
                Touch(number, line.Length);
            }

            public AbiEntry Build()
            {
                var desc = description?.Build();
                var span = new SourceSpan(DisplayPath, firstLine, 1, lastLine, lastLineLength + 1);
                return new AbiEntry(whats.ToImmutable(), tags.ToImmutable(), desc, file.level, file.relativePath, span);
            }
        }
    }
}
