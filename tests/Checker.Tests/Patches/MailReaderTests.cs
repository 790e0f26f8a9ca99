using System.Text;
using AbiTool.Patches;
using AbiTool.Patches.Mail;
using Xunit;

namespace AbiTool.Tests.Patches;

public sealed class MailReaderTests
{
    private static List<PatchMail> Read(string text) => [.. MailReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "in.mbox")];

    internal static string Message(string subject, string body, string headers = "") => $"""
        From 1234567890abcdef1234567890abcdef12345678 Mon Sep 17 00:00:00 2001
        From: A Developer <dev@example.org>
        Date: Tue, 1 Dec 2026 10:00:00 +0000
        Subject: {subject}
        {headers}MIME-Version: 1.0
        Content-Type: text/plain; charset=UTF-8

        {body}

        """;

    private const string Diff = """
        ---
         drivers/foo/core.c | 1 +
        diff --git a/drivers/foo/core.c b/drivers/foo/core.c
        --- a/drivers/foo/core.c
        +++ b/drivers/foo/core.c
        @@ -1,1 +1,2 @@
         static DEVICE_ATTR_RO(name);
        +static DEVICE_ATTR_RO(speed);
        -- 
        2.43.0
        """;

    [Fact]
    public void MboxSeriesIsSplitWithSubjectTagsAndRawLineNumbers()
    {
        var text = Message("[PATCH v3 0/2] foo: speed", "Cover letter text.") +
                   Message("[PATCH v3 1/2] foo: add speed", Diff) +
                   Message("[PATCH v3 2/2] foo: document speed", "No diff here either.");
        var mails = Read(text);
        Assert.Equal(3, mails.Count);
        Assert.True(mails[0].Tag.IsCoverLetter);
        Assert.Equal((3, 1, 2), (mails[1].Tag.Version, mails[1].Tag.Number, mails[1].Tag.Total));
        Assert.Equal("foo: add speed", mails[1].Tag.Title);
        var part = Assert.Single(mails[1].Parts);
        var added = text.Split('\n').Select((l, i) => (l, i + 1)).First(x => x.l == "+static DEVICE_ATTR_RO(speed);").Item2;
        Assert.Equal(added, part.FirstLine + part.Lines.IndexOf("+static DEVICE_ATTR_RO(speed);"));
    }

    [Fact]
    public void QuotedPrintableAndBase64BodiesAreDecoded()
    {
        var qp = Message("[PATCH] qp", "+static DEVICE_ATTR_RW(long_=\nname);\n+x =3D 1;", "Content-Transfer-Encoding: quoted-printable\n");
        var b64body = Convert.ToBase64String(Encoding.UTF8.GetBytes("+static DEVICE_ATTR_WO(kick);\n"));
        var b64 = Message("[PATCH] b64", b64body, "Content-Transfer-Encoding: base64\n");
        var mails = Read(qp + b64);
        Assert.Contains("+static DEVICE_ATTR_RW(long_name);", mails[0].Parts[0].Lines);
        Assert.Contains("+x = 1;", mails[0].Parts[0].Lines);
        Assert.True(mails[0].Parts[0].Decoded);
        Assert.Contains("+static DEVICE_ATTR_WO(kick);", mails[1].Parts[0].Lines);
    }

    [Fact]
    public void PatchAsAttachmentIsReadAndHtmlAndBinaryPartsAreNoted()
    {
        var text = """
            From: dev@example.org
            Subject: [PATCH] foo
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="XX"

            --XX
            Content-Type: text/plain

            See the attachment.
            --XX
            Content-Type: text/html

            <p>html</p>
            --XX
            Content-Type: text/x-patch; name="0001.patch"
            Content-Disposition: attachment; filename="0001.patch"

            --- a/drivers/foo/core.c
            +++ b/drivers/foo/core.c
            @@ -1 +1,2 @@
             a
            +static DEVICE_ATTR_RO(speed);
            --XX
            Content-Type: application/octet-stream
            Content-Transfer-Encoding: base64

            AAECAw==
            --XX--
            """;
        var mail = Assert.Single(Read(text));
        Assert.Equal(2, mail.Parts.Length);
        Assert.Equal(2, mail.Notes.Length);
        Assert.Contains(mail.Notes, n => n.Message.Contains("text/html"));
        Assert.Contains(mail.Notes, n => n.Message.Contains("application/octet-stream"));
        var report = Assert.Single(PatchLint.Run([mail]));
        Assert.Contains(report.Findings, d => d.Code == "ABI0401" && d.Message.Contains("'speed'"));
    }

    [Fact]
    public void PlainDiffAndEmptyInput()
    {
        var mail = Assert.Single(Read("--- a/f.c\n+++ b/f.c\n@@ -1 +1 @@\n-a\n+b\n"));
        Assert.Null(mail.Subject);
        Assert.Equal(5, mail.Parts[0].Lines.Length);
        Assert.Empty(Read(""));
    }

    [Fact]
    public void BrokenMimeNeverThrows_UnterminatedMultipartAndBadEncoding()
    {
        var broken = """
            From: dev@example.org
            Subject: [PATCH] broken
            Content-Type: multipart/mixed; boundary="never-closed"
            Content-Transfer-Encoding: base64

            --never-closed
            Content-Type: text/plain; charset=no-such-charset
            Content-Transfer-Encoding: base64

            !!!! not base64 at all ####
            """;
        var mails = Read(broken);
        var report = Assert.Single(PatchLint.Run(mails));
        Assert.DoesNotContain(report.Findings, d => d.Code == "ABI0401");
        Assert.Contains(report.Findings, d => d.Code == "ABI0404");
    }

    [Fact]
    public void MboxWithoutFromLineAfterTheFirstMessageStopsWithANote()
    {
        var text = Message("[PATCH 1/2] a", Diff) + "garbage that is not a message\n";
        var mails = Read(text);
        Assert.NotEmpty(mails);
        Assert.Contains(mails[0].Parts[0].Lines, l => l.Contains("speed"));
    }

    [Fact]
    public void HundredMegabyteMboxStreamsWithBoundedMemory()
    {
        using var temp = new TempTree();
        var path = Path.Join(temp.Root, "big.mbox");
        var one = Encoding.UTF8.GetBytes(Message("[PATCH 1/1] foo: add speed", Diff + "\n" + new string('x', 60) + "\n" + string.Concat(Enumerable.Repeat("+filler line of a long patch body\n", 200))));
        long written = 0;
        var count = 0;
        using (var file = File.Create(path))
        {
            while (written < 100L * 1024 * 1024)
            {
                file.Write(one);
                written += one.Length;
                count++;
            }
        }
        var peak = 0L;
        var seen = 0;
        var warnings = 0;
        using (var stream = File.OpenRead(path))
        {
            foreach (var mail in MailReader.Read(stream, path))
            {
                seen++;
                warnings += PatchLint.Run([mail]).Sum(r => r.Findings.Count(d => d.Code == "ABI0401"));
                if (seen % 500 == 0) peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true));
            }
        }
        Assert.Equal(count, seen);
        Assert.Equal(count, warnings);
        Assert.True(peak < 64L * 1024 * 1024, $"live heap reached {peak / (1024 * 1024)} MiB while streaming a {written / (1024 * 1024)} MiB mbox");
    }
}
