using System.Collections.Immutable;

namespace AbiTool.Patches.Mail;

/// <summary>Something of the input that was not read as a patch, and why (an HTML part, a binary attachment…).</summary>
public sealed record MailNote(int Line, string Message);

/// <summary>The text of one message (or plain diff file) that may hold a patch.</summary>
/// <param name="Source">The input as the user named it.</param>
/// <param name="Index">1-based position of the message in its input.</param>
/// <param name="Subject">The Subject header, unfolded; null for a plain diff.</param>
/// <param name="Parts">The text parts, decoded; a patch may come inline or as an attachment.</param>
public sealed record PatchMail(string Source, int Index, string? Subject, ImmutableArray<PatchText> Parts, ImmutableArray<MailNote> Notes)
{
    public SubjectTag Tag => SubjectTag.Parse(Subject);
}

/// <summary>One decoded text part.</summary>
/// <param name="FirstLine">The input line its first line came from, when the text is the input's bytes as they are
/// (7bit/8bit); for quoted-printable or base64 parts, the decoded text is numbered from the part's first body line.</param>
/// <param name="Decoded">The text was decoded from quoted-printable or base64, so lines do not match the input one for one.</param>
public sealed record PatchText(ImmutableArray<string> Lines, int FirstLine, bool Decoded);
