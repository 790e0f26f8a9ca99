using AbiTool.Diagnostics;

namespace AbiTool.Validation;

/// <summary>The codes of <c>abi validate</c>: ABI0001–ABI0099. Documented in docs/diagnostics.md.</summary>
public static class ValidationCodes
{
    private const string Category = "validation";

    private static DiagnosticDescriptor D(string code, string name, string title, Severity severity) =>
        new(code, name, title, severity, Category);

    public static readonly DiagnosticDescriptor MissingWhat = D("ABI0001", "missing-what", "Entry has no What line", Severity.Error);
    public static readonly DiagnosticDescriptor MissingDate = D("ABI0002", "missing-date", "Entry has no Date", Severity.Warning);
    public static readonly DiagnosticDescriptor MissingKernelVersion = D("ABI0003", "missing-kernelversion", "Entry has no KernelVersion", Severity.Info);
    public static readonly DiagnosticDescriptor MissingContact = D("ABI0004", "missing-contact", "Entry has no Contact", Severity.Warning);
    public static readonly DiagnosticDescriptor MissingDescription = D("ABI0005", "missing-description", "Entry has no Description", Severity.Error);
    public static readonly DiagnosticDescriptor EmptyDescription = D("ABI0006", "empty-description", "Description has no text", Severity.Warning);
    public static readonly DiagnosticDescriptor UnknownTag = D("ABI0007", "unknown-tag", "Unknown tag among an entry's tags", Severity.Warning);
    public static readonly DiagnosticDescriptor MisspelledTag = D("ABI0008", "misspelled-tag", "Misspelled tag", Severity.Warning);
    public static readonly DiagnosticDescriptor TagWithoutColon = D("ABI0009", "tag-without-colon", "Tag written without its colon", Severity.Warning);
    public static readonly DiagnosticDescriptor TagWrongCase = D("ABI0010", "tag-case", "Tag written in the wrong case", Severity.Info);
    public static readonly DiagnosticDescriptor DuplicateWhatInFile = D("ABI0011", "duplicate-what-in-file", "What documented twice in one file", Severity.Warning);
    public static readonly DiagnosticDescriptor DuplicateWhatAcrossFiles = D("ABI0012", "duplicate-what-across-files", "What documented in more than one file", Severity.Warning);
    public static readonly DiagnosticDescriptor BadDate = D("ABI0013", "date-format", "Date not in a recognised form", Severity.Warning);
    public static readonly DiagnosticDescriptor BadKernelVersion = D("ABI0014", "kernelversion-format", "KernelVersion not a kernel version", Severity.Warning);
    public static readonly DiagnosticDescriptor FileOutsideLevels = D("ABI0015", "file-outside-levels", "File outside stable/, testing/, obsolete/ and removed/", Severity.Error);
    public static readonly DiagnosticDescriptor TestingWithoutUsers = D("ABI0016", "testing-without-users", "Testing entry names no Users", Severity.Info);
    public static readonly DiagnosticDescriptor Preamble = D("ABI0017", "preamble", "Text before the first tag of the file", Severity.Info);
    public static readonly DiagnosticDescriptor UntaggedWhat = D("ABI0018", "untagged-what", "Indented path under a What line without its own What:", Severity.Warning);
    public static readonly DiagnosticDescriptor WhatContinuation = D("ABI0019", "what-continuation", "What continued on an indented line", Severity.Warning);
    public static readonly DiagnosticDescriptor MixedIndentation = D("ABI0020", "mixed-indentation", "Description indented with tabs on some lines and spaces on others", Severity.Info);
    public static readonly DiagnosticDescriptor BlankLineInHeader = D("ABI0021", "blank-line-in-header", "Blank line between an entry's What and its other tags", Severity.Info);
    public static readonly DiagnosticDescriptor NoBlankLineBeforeEntry = D("ABI0022", "no-blank-line-before-entry", "Entry not separated from the previous text by a blank line", Severity.Info);
    public static readonly DiagnosticDescriptor DuplicateTag = D("ABI0023", "duplicate-tag", "Tag given twice in one entry", Severity.Warning);
    public static readonly DiagnosticDescriptor TagLikeDescriptionLine = D("ABI0024", "tag-like-description-line", "Description line at column 0 that looks like a tag", Severity.Info);
    public static readonly DiagnosticDescriptor StrayText = D("ABI0025", "stray-text", "Text that belongs to no tag", Severity.Warning);
    public static readonly DiagnosticDescriptor NoEntries = D("ABI0026", "no-entries", "File has no tags at all", Severity.Warning);
    public static readonly DiagnosticDescriptor EmptyFile = D("ABI0027", "empty-file", "File is empty", Severity.Warning);
    public static readonly DiagnosticDescriptor BinaryFile = D("ABI0028", "binary-file", "File is binary, not text", Severity.Error);
    public static readonly DiagnosticDescriptor InvalidUtf8 = D("ABI0029", "invalid-utf8", "File is not valid UTF-8", Severity.Error);
    public static readonly DiagnosticDescriptor FileTooLarge = D("ABI0030", "file-too-large", "File too large to be ABI documentation", Severity.Error);
    public static readonly DiagnosticDescriptor UnreadableFile = D("ABI0031", "unreadable-file", "File could not be read", Severity.Error);
    public static readonly DiagnosticDescriptor EmptyWhat = D("ABI0032", "empty-what", "What line with no value", Severity.Error);

    public static readonly DiagnosticDescriptor TagsBeforeWhat = D("ABI0033", "tags-before-what", "Tags written above the What they belong to", Severity.Warning);

    public static readonly IReadOnlyList<DiagnosticDescriptor> All =
    [
        MissingWhat, MissingDate, MissingKernelVersion, MissingContact, MissingDescription, EmptyDescription, UnknownTag,
        MisspelledTag, TagWithoutColon, TagWrongCase, DuplicateWhatInFile, DuplicateWhatAcrossFiles, BadDate, BadKernelVersion,
        FileOutsideLevels, TestingWithoutUsers, Preamble, UntaggedWhat, WhatContinuation, MixedIndentation, BlankLineInHeader,
        NoBlankLineBeforeEntry, DuplicateTag, TagLikeDescriptionLine, StrayText, NoEntries, EmptyFile, BinaryFile, InvalidUtf8,
        FileTooLarge, UnreadableFile, EmptyWhat, TagsBeforeWhat,
    ];
}
