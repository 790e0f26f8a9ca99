namespace AbiTool.Patches.Mail;

/// <summary>
/// A read-only stream that remembers where its lines start, so that an offset the MIME parser reports can be turned
/// into the line a user sees in the file. Positions before <see cref="Forget"/>'s offset are dropped, so memory stays
/// bounded by one message however long the mbox is. The first bytes may come from a prefix already read (to sniff
/// the format of standard input, which cannot be rewound).
/// </summary>
public sealed class LineCountingStream(Stream inner, byte[] prefix) : Stream
{
    private readonly List<long> newlines = [];
    private int prefixUsed;
    private long position;
    private long forgottenLines;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int read;
        if (prefixUsed < prefix.Length)
        {
            read = Math.Min(buffer.Length, prefix.Length - prefixUsed);
            prefix.AsSpan(prefixUsed, read).CopyTo(buffer);
            prefixUsed += read;
        }
        else
        {
            read = inner.Read(buffer);
        }
        var chunk = buffer[..read];
        for (var at = chunk.IndexOf((byte)'\n'); at >= 0;)
        {
            newlines.Add(position + at);
            var next = chunk[(at + 1)..].IndexOf((byte)'\n');
            at = next < 0 ? -1 : at + 1 + next;
        }
        position += read;
        return read;
    }

    /// <summary>The 1-based line that holds byte <paramref name="offset"/> (an offset not yet forgotten).</summary>
    public int LineAt(long offset)
    {
        var index = newlines.BinarySearch(offset);
        var before = index >= 0 ? index : ~index; // newlines strictly before offset
        return (int)Math.Min(int.MaxValue, forgottenLines + before + 1);
    }

    /// <summary>Drops what is remembered of the bytes before <paramref name="offset"/>.</summary>
    public void Forget(long offset)
    {
        var index = newlines.BinarySearch(offset);
        var count = index >= 0 ? index : ~index;
        newlines.RemoveRange(0, count);
        forgottenLines += count;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
