using System.Collections.Immutable;
using System.Text;
using MimeKit;

namespace AbiTool.Patches.Mail;

/// <summary>
/// Reads patches as people send them: an mbox (<c>git format-patch</c> output, a list archive), one raw email, or a
/// plain diff. Messages are parsed one at a time with MimeKit, which decodes quoted-printable and base64 bodies and
/// charsets; nothing but the current message is held, so a mbox of any size streams through.
/// </summary>
public static class MailReader
{
    /// <summary>Far beyond any real patch part; a larger part is skipped with a note instead of being decoded.</summary>
    public const long MaxPartBytes = 64L * 1024 * 1024;

    public static IEnumerable<PatchMail> Read(Stream input, string source)
    {
        var prefix = ReadPrefix(input, 4096);
        var format = Sniff(prefix);
        var counting = new LineCountingStream(input, prefix);
        return format switch
        {
            InputFormat.PlainDiff => [ReadPlain(counting, source)],
            InputFormat.Empty => [],
            _ => ReadMessages(counting, source, format == InputFormat.Mbox ? MimeFormat.Mbox : MimeFormat.Entity),
        };
    }

    public enum InputFormat
    {
        Empty,
        Mbox,
        Message,
        PlainDiff,
    }

    /// <summary>An mbox starts with a <c>From </c> line, a message with a header line; anything else is read as diff text.</summary>
    public static InputFormat Sniff(ReadOnlySpan<byte> start)
    {
        var text = start;
        while (text.Length > 0 && (text[0] == (byte)'\n' || text[0] == (byte)'\r')) text = text[1..];
        if (text.IsEmpty) return InputFormat.Empty;
        if (text.StartsWith("From "u8)) return InputFormat.Mbox;
        var end = text.IndexOf((byte)'\n');
        var first = end < 0 ? text : text[..end];
        var colon = first.IndexOf((byte)':');
        if (colon > 0 && first[..colon].IndexOfAnyExcept(HeaderNameBytes) < 0 && !first.StartsWith("diff"u8))
            return InputFormat.Message;
        return InputFormat.PlainDiff;
    }

    private static readonly System.Buffers.SearchValues<byte> HeaderNameBytes =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"u8);

    private static byte[] ReadPrefix(Stream input, int size)
    {
        var buffer = new byte[size];
        var total = 0;
        int read;
        while (total < size && (read = input.Read(buffer, total, size - total)) > 0) total += read;
        return buffer[..total];
    }

    private static PatchMail ReadPlain(Stream input, string source)
    {
        using var reader = new StreamReader(input, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true);
        var lines = ImmutableArray.CreateBuilder<string>();
        while (reader.ReadLine() is { } line) lines.Add(line);
        return new PatchMail(source, 1, null, [new PatchText(lines.ToImmutable(), 1, Decoded: false)], []);
    }

    private static IEnumerable<PatchMail> ReadMessages(LineCountingStream input, string source, MimeFormat format)
    {
        var parser = new MimeParser(input, format, persistent: false);
        var bodyLines = new Dictionary<MimeEntity, int>(ReferenceEqualityComparer.Instance);
        parser.MimeEntityEnd += (_, e) => bodyLines[e.Entity] = input.LineAt(e.HeadersEndOffset); // the offset is past the blank line
        var index = 0;
        while (!parser.IsEndOfStream)
        {
            index++;
            MimeMessage? message = null;
            string? failure = null;
            var start = parser.Position;
            try
            {
                message = parser.ParseMessage();
            }
            catch (FormatException e)
            {
                failure = OneLine(e.Message);
            }
            if (message is null)
            {
                // MimeKit cannot find the next message (no From line where one must be): nothing more can be read.
                yield return new PatchMail(source, index, null, [], [new MailNote(input.LineAt(start), $"unreadable mail: {failure}")]);
                yield break;
            }
            yield return ToPatchMail(message, source, index, bodyLines);
            bodyLines.Clear();
            input.Forget(parser.Position);
        }
    }

    private static PatchMail ToPatchMail(MimeMessage message, string source, int index, Dictionary<MimeEntity, int> bodyLines)
    {
        var parts = ImmutableArray.CreateBuilder<PatchText>();
        var notes = ImmutableArray.CreateBuilder<MailNote>();
        foreach (var entity in message.BodyParts)
        {
            var line = bodyLines.GetValueOrDefault(entity, 1);
            if (entity is not TextPart text)
            {
                if (entity is MimePart { IsAttachment: true } or MimePart)
                    notes.Add(new MailNote(line, $"skipped {entity.ContentType.MimeType} part{NameOf(entity)}: not text"));
                continue;
            }
            if (text.IsHtml || text.ContentType.MimeType.Equals("text/enriched", StringComparison.OrdinalIgnoreCase))
            {
                notes.Add(new MailNote(line, $"skipped {text.ContentType.MimeType} part: patches are read from plain text"));
                continue;
            }
            if (text.Content?.Stream is { CanSeek: true, Length: > MaxPartBytes } big)
            {
                notes.Add(new MailNote(line, $"skipped {text.ContentType.MimeType} part of {big.Length} bytes: too large for a patch"));
                continue;
            }
            string body;
            try
            {
                body = text.Text;
            }
            catch (Exception e) when (e is FormatException or DecoderFallbackException or NotSupportedException or ArgumentException)
            {
                notes.Add(new MailNote(line, $"skipped {text.ContentType.MimeType} part: cannot decode ({OneLine(e.Message)})"));
                continue;
            }
            var decoded = text.ContentTransferEncoding is ContentEncoding.QuotedPrintable or ContentEncoding.Base64 or ContentEncoding.UUEncode;
            parts.Add(new PatchText([.. SplitLines(body)], line, decoded));
        }
        return new PatchMail(source, index, message.Subject, parts.ToImmutable(), notes.ToImmutable());
    }

    private static string NameOf(MimeEntity entity) =>
        entity is MimePart { FileName: { Length: > 0 } name } ? $" '{name}'" : "";

    private static IEnumerable<string> SplitLines(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) { yield return text[start..].TrimEnd('\r'); yield break; }
            yield return text[start..end].TrimEnd('\r');
            start = end + 1;
        }
    }

    private static string OneLine(string message) =>
        string.Join(' ', message.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
