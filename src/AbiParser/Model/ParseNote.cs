namespace AbiTool.Model;

/// <summary>
/// Something irregular the parser met and how it read it. Notes are facts about the source, not verdicts:
/// the validator turns each kind into a coded diagnostic with a severity.
/// </summary>
public enum ParseNoteKind
{
    /// <summary>Text before the first tag of the file (an introduction the format has no tag for).</summary>
    Preamble,

    /// <summary>Tags written above the What lines they belong to (Detail: the first What).</summary>
    TagsBeforeWhat,

    /// <summary>A known tag written without its colon (<see cref="ParseNote.Detail"/>: the tag name).</summary>
    TagWithoutColon,

    /// <summary>A known tag in the wrong case (Detail: as written; Suggestion: the canonical name).</summary>
    TagWrongCase,

    /// <summary>A misspelled tag read as the one it is closest to (Detail: as written; Suggestion: the tag).</summary>
    TagMisspelled,

    /// <summary>A <c>Name:</c> line among an entry's tags whose name is no ABI tag (Detail: the name).</summary>
    UnknownTag,

    /// <summary>A <c>Name:</c> line at column 0 inside a Description, kept as text (Detail: the name).</summary>
    TagLikeDescriptionLine,

    /// <summary>
    /// The same tag twice in one entry (Detail: the tag). A second Contact or Users is merged into the first
    /// (Suggestion: "merged"); a second Description's text is read on as more of the first (Suggestion: "appended");
    /// for other tags the first one is kept.
    /// </summary>
    DuplicateTag,

    /// <summary>An indented path under a What line with no <c>What:</c> of its own, read as another What (Detail: the path).</summary>
    UntaggedWhat,

    /// <summary>An indented non-path line under a What line, appended to that What (Detail: the text).</summary>
    WhatContinuation,

    /// <summary>A Description whose body lines are indented with tabs on some lines and spaces on others.</summary>
    MixedIndentation,

    /// <summary>A blank line between the What lines and the other tags of an entry.</summary>
    BlankLineInHeader,

    /// <summary>An entry whose first What follows the previous entry's text with no blank line between them.</summary>
    NoBlankLineBeforeEntry,

    /// <summary>Text at column 0 that is neither a tag nor inside a Description (Detail: the text).</summary>
    StrayText,

    /// <summary>The file has no tag at all.</summary>
    NoEntries,

    /// <summary>The file is empty (or only white space).</summary>
    EmptyFile,

    /// <summary>The file holds NUL bytes: it is binary, not ABI text. It was not parsed.</summary>
    BinaryFile,

    /// <summary>The file is not valid UTF-8 (Detail: where). Invalid bytes were read as U+FFFD.</summary>
    InvalidUtf8,

    /// <summary>The file is larger than any ABI file should be (Detail: its size). It was not parsed.</summary>
    TooLarge,

    /// <summary>The file could not be read (Detail: the system's reason).</summary>
    Unreadable,
}

/// <param name="Detail">What was seen (a tag name, a line's text…), for the message.</param>
/// <param name="Suggestion">What it was read as, where that differs from what was written.</param>
public sealed record ParseNote(ParseNoteKind Kind, SourceSpan Span, string Detail = "", string? Suggestion = null);
