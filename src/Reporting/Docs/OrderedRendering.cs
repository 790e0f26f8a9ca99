using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Text;

namespace AbiTool.Reporting.Docs;

/// <summary>
/// Renders a long text in pieces on every core and writes the pieces out in order. Worker <c>w</c> renders pieces
/// <c>w</c>, <c>w + n</c>, <c>w + 2n</c>… and stays at most two pieces ahead of the writer, reusing the buffers the
/// writer hands back: a book of megabytes is never held in memory whole.
/// </summary>
public static class OrderedRendering
{
    /// <param name="render">Writes piece <c>i</c>; called from several threads at once, each time with its own writer.</param>
    public static void Write(TextWriter output, int pieces, Action<TextWriter, int> render)
    {
        var workers = Math.Min(Environment.ProcessorCount, pieces / 2);
        if (workers <= 1)
        {
            for (var i = 0; i < pieces; i++) render(output, i);
            return;
        }
        using var stop = new CancellationTokenSource();
        var lanes = new Lane[workers];
        for (var w = 0; w < workers; w++) lanes[w] = new Lane();
        var threads = new Task[workers];
        for (var w = 0; w < workers; w++)
        {
            var (lane, first) = (lanes[w], w);
            threads[w] = Task.Factory.StartNew(() => lane.Run(first, workers, pieces, render, stop.Token), TaskCreationOptions.LongRunning);
        }
        try
        {
            for (var i = 0; i < pieces; i++)
            {
                var lane = lanes[i % workers];
                if (!lane.Ready.TryTake(out var text, Timeout.Infinite))
                {
                    // The lane stopped early: its worker failed, and its error is the one to report.
                    lane.Error?.Throw();
                    throw new InvalidOperationException("a rendering worker stopped without an error");
                }
                foreach (var chunk in text.GetChunks()) output.Write(chunk.Span);
                lane.Spare.Enqueue(text);
            }
        }
        finally
        {
            // Whatever happened here, no worker may stay blocked on a lane nobody reads any more.
            stop.Cancel();
            Task.WaitAll(threads);
            foreach (var lane in lanes) lane.Ready.Dispose();
        }
    }

    private sealed class Lane
    {
        public readonly BlockingCollection<StringBuilder> Ready = new(boundedCapacity: 2);
        public readonly ConcurrentQueue<StringBuilder> Spare = new();
        public ExceptionDispatchInfo? Error;

        public void Run(int first, int step, int pieces, Action<TextWriter, int> render, CancellationToken stop)
        {
            try
            {
                for (var i = first; i < pieces; i += step)
                {
                    var text = Spare.TryDequeue(out var reused) ? reused.Clear() : new StringBuilder(1 << 16);
                    using (var writer = new StringWriter(text)) render(writer, i);
                    Ready.Add(text, stop);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                Error = ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                Ready.CompleteAdding();
            }
        }
    }
}
