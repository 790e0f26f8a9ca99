namespace AbiTool.Model;

/// <summary>
/// One tag line of an entry (with any indented continuation lines folded into <see cref="Value"/>).
/// </summary>
/// <param name="Kind">The tag this line was read as.</param>
/// <param name="WrittenName">The name exactly as written (<c>contact</c>, <c>WDate</c>…).</param>
/// <param name="Form">How far the writing is from the canonical <c>Name:</c>.</param>
/// <param name="Value">The value, trimmed; continuation lines are joined (with a newline for Users, a space otherwise).</param>
/// <param name="Span">From the tag name to the end of its last line.</param>
/// <param name="ValueSpan">Where the value starts on the tag line.</param>
public sealed record AbiTag(AbiTagKind Kind, string WrittenName, TagForm Form, string Value, SourceSpan Span, SourceSpan ValueSpan);
