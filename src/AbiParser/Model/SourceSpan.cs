namespace AbiTool.Model;

/// <summary>
/// A place in a source file. Lines and columns are 1-based; columns count characters of the line as written
/// (a tab is one column), which is what editors and SARIF viewers expect.
/// </summary>
/// <param name="File">The path as the user should open it (relative to where the tool was pointed, or absolute).</param>
public readonly record struct SourceSpan(string File, int Line, int Column, int EndLine, int EndColumn)
{
    public static SourceSpan At(string file, int line, int column = 1) => new(file, line, column, line, column);

    /// <summary>A span covering the whole of one line of <paramref name="length"/> characters.</summary>
    public static SourceSpan OfLine(string file, int line, int length) => new(file, line, 1, line, Math.Max(1, length + 1));

    /// <summary>The file itself, with no particular line (line 0 means "no line").</summary>
    public static SourceSpan OfFile(string file) => new(file, 0, 0, 0, 0);

    public bool HasLine => Line > 0;

    public SourceSpan Through(SourceSpan end) => this with { EndLine = end.EndLine, EndColumn = end.EndColumn };

    public override string ToString() => HasLine ? $"{File}:{Line}:{Column}" : File;
}
