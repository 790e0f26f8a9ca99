using AbiTool.Diagnostics;
using AbiTool.Model;

namespace AbiTool.Validation.Rules;

/// <summary>
/// Surfaces what the parser noted while reading (ABI0007–ABI0010, ABI0017–ABI0031): each note kind has one code and
/// one message that says both what is irregular and how the text was read.
/// </summary>
public sealed class ParseNoteRule : IValidationRule
{
    private sealed record Reading(DiagnosticDescriptor Descriptor, Func<ParseNote, string> Message);

    private static readonly Dictionary<ParseNoteKind, Reading> Readings = new()
    {
        [ParseNoteKind.Preamble] = new(ValidationCodes.Preamble,
            n => $"text before the first What is not part of any entry ('{Clip(n.Detail)}'); move it into a Description or drop it"),
        [ParseNoteKind.TagWithoutColon] = new(ValidationCodes.TagWithoutColon,
            n => $"'{n.Detail}' has no colon; read as '{n.Suggestion}:' (the kernel's tools do not see this tag)"),
        [ParseNoteKind.TagWrongCase] = new(ValidationCodes.TagWrongCase,
            n => $"tag '{n.Detail}:' should be spelled '{n.Suggestion}:'"),
        [ParseNoteKind.TagMisspelled] = new(ValidationCodes.MisspelledTag,
            n => $"unknown tag '{n.Detail}:' read as '{n.Suggestion}:'; did you mean '{n.Suggestion}:'?"),
        [ParseNoteKind.UnknownTag] = new(ValidationCodes.UnknownTag,
            n => $"'{n.Detail}:' is not an ABI tag{(n.Suggestion is null ? "" : $" (did you mean '{n.Suggestion}:'?)")}; tags are What, Date, KernelVersion, Contact, Description and Users"),
        [ParseNoteKind.TagLikeDescriptionLine] = new(ValidationCodes.TagLikeDescriptionLine,
            n => $"'{n.Detail}:' at column 0 inside a Description reads like a tag; indent it like the rest of the text"),
        [ParseNoteKind.DuplicateTag] = new(ValidationCodes.DuplicateTag,
            n => n.Suggestion switch
            {
                "merged" => $"second {n.Detail}: in this entry; both are read, but list them on one {n.Detail}: line",
                "appended" => $"second {n.Detail}: in this entry; its text is read as more of the first",
                _ => $"second {n.Detail}: in this entry; the first one is used",
            }),
        [ParseNoteKind.TagsBeforeWhat] = new(ValidationCodes.TagsBeforeWhat,
            n => $"tags above 'What: {Clip(n.Detail)}' are read as part of its entry; an entry starts with its What lines"),
        [ParseNoteKind.UntaggedWhat] = new(ValidationCodes.UntaggedWhat,
            n => $"'{n.Detail}' is read as another What of this entry; give it its own 'What:' tag"),
        [ParseNoteKind.WhatContinuation] = new(ValidationCodes.WhatContinuation,
            n => $"'{Clip(n.Detail)}' continues the What above; keep a What on one line and put remarks in the Description"),
        [ParseNoteKind.MixedIndentation] = new(ValidationCodes.MixedIndentation,
            n => $"this Description line is indented with {n.Detail} while earlier lines use {(n.Detail == "tabs" ? "spaces" : "tabs")}; relative indentation then depends on the tab width"),
        [ParseNoteKind.BlankLineInHeader] = new(ValidationCodes.BlankLineInHeader,
            _ => "blank line inside an entry's tags; read as one entry, but blank lines should only separate entries"),
        [ParseNoteKind.NoBlankLineBeforeEntry] = new(ValidationCodes.NoBlankLineBeforeEntry,
            n => $"no blank line before the entry for '{n.Detail}'"),
        [ParseNoteKind.StrayText] = new(ValidationCodes.StrayText,
            n => $"'{Clip(n.Detail)}' belongs to no tag; it is not part of any Description"),
        [ParseNoteKind.NoEntries] = new(ValidationCodes.NoEntries,
            _ => "file has no What:/Description: tags, so it documents nothing"),
        [ParseNoteKind.EmptyFile] = new(ValidationCodes.EmptyFile,
            _ => "file is empty"),
        [ParseNoteKind.BinaryFile] = new(ValidationCodes.BinaryFile,
            n => $"file is binary ({n.Detail}); it was not read"),
        [ParseNoteKind.InvalidUtf8] = new(ValidationCodes.InvalidUtf8,
            n => $"file is not valid UTF-8 (first bad byte at {n.Detail}); bad bytes were read as U+FFFD"),
        [ParseNoteKind.TooLarge] = new(ValidationCodes.FileTooLarge,
            n => $"file is {n.Detail}, more than any ABI file should hold; it was not read"),
        [ParseNoteKind.Unreadable] = new(ValidationCodes.UnreadableFile,
            n => $"file could not be read: {n.Detail}"),
    };

    public IEnumerable<DiagnosticDescriptor> Descriptors => Readings.Values.Select(r => r.Descriptor);

    public IEnumerable<Diagnostic> Check(AbiCorpus corpus)
    {
        foreach (var file in corpus.Files)
        {
            foreach (var note in file.Notes)
            {
                if (!Readings.TryGetValue(note.Kind, out var reading)) continue;
                yield return reading.Descriptor.Create(note.Span, reading.Message(note), Fingerprints.Of(file, $"{note.Kind}|{note.Detail}"));
            }
        }
    }

    private static string Clip(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
