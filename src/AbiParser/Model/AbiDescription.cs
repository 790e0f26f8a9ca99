namespace AbiTool.Model;

/// <summary>
/// The Description of an entry. <see cref="Text"/> keeps the text's own relative indentation: tabs are expanded to
/// 8-column stops and the indentation common to the body lines is removed, so literal blocks and lists survive.
/// </summary>
/// <param name="Span">From the <c>Description:</c> tag to the last non-blank line of the text.</param>
public sealed record AbiDescription(string Text, SourceSpan Span)
{
    public bool IsEmpty => Text.Length == 0;
}
