namespace AbiTool.Sources;

/// <summary>One file of an ABI tree, wherever it lives (a directory, resources embedded in the tool, a git tree).</summary>
/// <param name="RelativePath">Path below the ABI root with '/' separators; its first folder gives the level.</param>
/// <param name="DisplayPath">Path to show in findings.</param>
/// <param name="Length">Size in bytes, known before reading so that oversized files are never loaded.</param>
/// <param name="Open">Opens the content for reading; may throw <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/>.</param>
public sealed record AbiSourceFile(string RelativePath, string DisplayPath, long Length, Func<Stream> Open);

/// <summary>Thrown for input the tool cannot work on at all; the message is one line that names the place.</summary>
public sealed class AbiInputException(string message, Exception? inner = null) : Exception(message, inner);
