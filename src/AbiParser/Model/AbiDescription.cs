namespace AbiTool.Model;

/// <summary>
/// The Description of an entry. <see cref="Text"/> keeps the text's own relative indentation: tabs are expanded to
/// 8-column stops and the indentation common to the body lines is removed, so literal blocks and lists survive.
/// </summary>
/// <remarks>
/// The text is assembled on first use: validation needs only <see cref="IsEmpty"/>, and building every Description
/// of a kernel tree up front would be most of the parse's allocations.
/// </remarks>
public sealed class AbiDescription
{
    private readonly Lazy<string> text;

    public AbiDescription(string text, SourceSpan span) : this(() => text, text.Length == 0, span)
    {
    }

    internal AbiDescription(Func<string> build, bool isEmpty, SourceSpan span, ReadOnlyMemory<char> written = default)
    {
        text = new Lazy<string>(build, LazyThreadSafetyMode.ExecutionAndPublication);
        IsEmpty = isEmpty;
        Span = span;
        Written = written;
    }

    public string Text => text.Value;

    public bool IsEmpty { get; }

    /// <summary>From the <c>Description:</c> tag to the last non-blank line of the text.</summary>
    public SourceSpan Span { get; }

    /// <summary>
    /// The lines of <see cref="Span"/> as they stand in the file, tag line included, for tools that lay the text out
    /// as its author did (the docs); empty when the text does not come from one range of a file (a Description tag
    /// given twice, or a Description made in code).
    /// </summary>
    public ReadOnlyMemory<char> Written { get; }

    public override string ToString() => Text;
}
