using AbiTool.Reporting.Docs;

namespace AbiTool.Tests.Docs;

public class OrderedRenderingTests
{
    private static void Piece(TextWriter writer, int i)
    {
        // Sizes vary from a line to a few hundred kilobytes, so buffers grow, are handed back and are reused.
        writer.Write($"<{i}>");
        if (i % 97 == 0) writer.Write(new string((char)('a' + i % 26), 150_000));
        writer.Write('\n');
    }

    [Fact]
    public void PiecesComeOutInOrderAsIfWrittenOneByOne()
    {
        var expected = new StringWriter();
        for (var i = 0; i < 1000; i++) Piece(expected, i);
        var actual = new StringWriter();
        OrderedRendering.Write(actual, 1000, Piece);
        Assert.Equal(expected.ToString(), actual.ToString());
    }

    [Fact]
    public async Task AFailingPieceFailsTheWriteAndNothingHangs()
    {
        var output = new StringWriter();
        var write = Task.Run(() => OrderedRendering.Write(output, 500, (writer, i) =>
        {
            if (i == 321) throw new InvalidDataException("piece 321 is bad");
            Piece(writer, i);
        }));
        Assert.Same(write, await Task.WhenAny(write, Task.Delay(TimeSpan.FromMinutes(1))));
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => write);
        Assert.Equal("piece 321 is bad", error.Message);
        Assert.DoesNotContain("<321>", output.ToString());
    }

    [Fact]
    public async Task AFailingOutputStopsTheWorkers()
    {
        var rendered = 0;
        var write = Task.Run(() => OrderedRendering.Write(new FailingWriter(), 5000, (writer, i) =>
        {
            Interlocked.Increment(ref rendered);
            Piece(writer, i);
        }));
        Assert.Same(write, await Task.WhenAny(write, Task.Delay(TimeSpan.FromMinutes(1))));
        await Assert.ThrowsAsync<IOException>(() => write);
        // The workers stop a few pieces ahead of the writer instead of rendering the whole text.
        Assert.True(rendered < 100, $"{rendered} pieces rendered after the output failed");
    }

    private sealed class FailingWriter : TextWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(ReadOnlySpan<char> buffer) => throw new IOException("disk full");
    }
}
