using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Unicode;
using AbiTool.Model;
using AbiTool.Parsing;

namespace AbiTool.Sources;

/// <summary>Reads a set of ABI source files into a corpus: decoding, guarding against non-text, and parsing.</summary>
public static class AbiCorpusReader
{
    /// <summary>Far above any real ABI file (the largest in 6.12 is under 200 KiB); larger input is not parsed.</summary>
    public const long MaxFileBytes = 16L * 1024 * 1024;

    public static AbiCorpus ReadDirectory(string directory, string? displayRoot = null) =>
        Read(displayRoot ?? directory, DirectorySource.List(directory, displayRoot));

    public static AbiCorpus Read(string root, IReadOnlyList<AbiSourceFile> sources)
    {
        var files = new AbiFile[sources.Count];
        // Files are independent; parsing them in parallel halves the wall time on two cores.
        Parallel.For(0, sources.Count, i => files[i] = ReadFile(sources[i]));
        return new AbiCorpus(root, [.. files]);
    }

    public static AbiFile ReadFile(AbiSourceFile source)
    {
        var level = AbiLevels.FromRelativePath(source.RelativePath);
        if (source.Length > MaxFileBytes)
            return Unparsed(source, level, ParseNoteKind.TooLarge, $"{source.Length} bytes");
        // Pooled buffers: the bytes are only needed until they are decoded, and fresh memory is costly to touch.
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Max(source.Length, 0) + 1);
        try
        {
            int length;
            try
            {
                length = ReadUpTo(source, buffer);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Unparsed(source, level, ParseNoteKind.Unreadable, e.Message);
            }
            if (length > source.Length)
                return Unparsed(source, level, ParseNoteKind.TooLarge, "grew while being read");
            var bytes = buffer.AsSpan(0, length);
            var nul = bytes.IndexOf((byte)0);
            if (nul >= 0)
                return Unparsed(source, level, ParseNoteKind.BinaryFile, $"NUL byte at offset {nul}", LineOf(bytes, nul));

            var text = Decode(bytes, out var invalidAt);
            var file = AbiFileParser.Parse(text, source.RelativePath, source.DisplayPath);
            if (invalidAt < 0) return file;
            var note = new ParseNote(ParseNoteKind.InvalidUtf8, SourceSpan.At(source.DisplayPath, LineOf(bytes, invalidAt)), $"byte offset {invalidAt}");
            return file with { Notes = file.Notes.Insert(0, note) };
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads the whole content into <paramref name="buffer"/>, which holds one byte more than the announced length.</summary>
    private static int ReadUpTo(AbiSourceFile source, byte[] buffer)
    {
        using var stream = source.Open();
        var total = 0;
        int read;
        while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0) total += read;
        return total;
    }

    /// <summary>UTF-8 without its BOM; invalid sequences become U+FFFD and <paramref name="invalidAt"/> is the first one's offset.</summary>
    private static string Decode(ReadOnlySpan<byte> bytes, out int invalidAt)
    {
        var offset = bytes.StartsWith("\uFEFF"u8) ? 3 : 0;
        var span = bytes[offset..];
        invalidAt = -1;
        if (!Utf8.IsValid(span))
        {
            var status = Utf8.ToUtf16(span, new char[span.Length], out var read, out _, replaceInvalidSequences: false);
            invalidAt = status == System.Buffers.OperationStatus.InvalidData ? read + offset : 0;
        }
        return Encoding.UTF8.GetString(span);
    }

    private static int LineOf(ReadOnlySpan<byte> bytes, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n') line++;
        }
        return line;
    }

    private static AbiFile Unparsed(AbiSourceFile source, AbiLevel level, ParseNoteKind kind, string detail, int line = 0)
    {
        var span = line > 0 ? SourceSpan.At(source.DisplayPath, line) : SourceSpan.OfFile(source.DisplayPath);
        return new AbiFile(source.RelativePath, source.DisplayPath, level, null, [], [new ParseNote(kind, span, detail)]);
    }
}
