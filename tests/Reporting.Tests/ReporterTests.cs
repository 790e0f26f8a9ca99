using System.Diagnostics;
using System.Text.Json;
using AbiTool.Diagnostics;
using AbiTool.Model;
using AbiTool.Reporting.Diagnostics;
using Diagnostic = AbiTool.Diagnostics.Diagnostic;

namespace AbiTool.Tests;

public class ReporterTests
{
    private static readonly Diagnostic Duplicate =
        new("ABI0012", Severity.Warning, new SourceSpan("abi/testing/sysfs-b", 7, 8, 7, 20), "'/sys/a' is already documented, 100%", "testing/sysfs-b|/sys/a")
        {
            Related = [new RelatedLocation(new SourceSpan("abi/stable/sysfs-a", 3, 8, 3, 20), "first documented here")],
        };

    private static readonly Diagnostic WholeFile =
        new("ABI0015", Severity.Error, SourceSpan.OfFile("abi/stray file"), "no level,\nreally", "stray file|level");

    private static readonly Diagnostic Info =
        new("ABI0016", Severity.Info, SourceSpan.At("/abs/testing/x", 1, 8), "no Users", "testing/x|users");

    private static readonly Diagnostic[] All = [Duplicate, WholeFile, Info];

    private static string Render(ReportFormat format, IReadOnlyList<Diagnostic> diagnostics, int suppressed = 0)
    {
        var writer = new StringWriter();
        Reporters.For(format).Write(writer, diagnostics, new ReportContext("validate", suppressed, "2 files, 3 entries"));
        return writer.ToString();
    }

    [Fact]
    public void TextIsGccStyleWithRelatedNotesAndASummary()
    {
        var lines = Render(ReportFormat.Text, All, suppressed: 4).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("abi/testing/sysfs-b:7:8: warning: [ABI0012] '/sys/a' is already documented, 100%", lines[0]);
        Assert.Equal("abi/stable/sysfs-a:3:8: note: first documented here", lines[1]);
        Assert.StartsWith("abi/stray file: error: [ABI0015]", lines[2]);
        Assert.Equal("1 error, 1 warning, 1 info (4 more accepted by the baseline) in 2 files, 3 entries", lines[^1]);
    }

    [Fact]
    public void GitHubAnnotationsEscapeDataAndProperties()
    {
        var lines = Render(ReportFormat.GitHub, All).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("::warning file=abi/testing/sysfs-b,line=7,col=8,endLine=7,title=ABI0012::'/sys/a' is already documented, 100%25", lines[0]);
        Assert.Equal("::error file=abi/stray file,title=ABI0015::no level,%0Areally", lines[1]);
        Assert.StartsWith("::notice file=/abs/testing/x,line=1,col=8", lines[2]);
        Assert.Equal("a%3Ab%2Cc%25", GitHubReporter.Property("a:b,c%"));
    }

    [Fact]
    public void JsonCarriesEveryFieldAndASummary()
    {
        using var doc = JsonDocument.Parse(Render(ReportFormat.Json, All, suppressed: 2));
        var first = doc.RootElement.GetProperty("diagnostics")[0];
        Assert.Equal("ABI0012", first.GetProperty("code").GetString());
        Assert.Equal("warning", first.GetProperty("severity").GetString());
        Assert.Equal(7, first.GetProperty("line").GetInt32());
        Assert.Equal("testing/sysfs-b|/sys/a", first.GetProperty("fingerprint").GetString());
        Assert.Equal("abi/stable/sysfs-a", first.GetProperty("related")[0].GetProperty("file").GetString());
        Assert.False(doc.RootElement.GetProperty("diagnostics")[1].TryGetProperty("line", out _));
        var summary = doc.RootElement.GetProperty("summary");
        Assert.Equal((1, 1, 1, 2), (summary.GetProperty("errors").GetInt32(), summary.GetProperty("warnings").GetInt32(),
            summary.GetProperty("infos").GetInt32(), summary.GetProperty("suppressedByBaseline").GetInt32()));
    }

    [Fact]
    public void SarifHasRulesResultsRegionsAndFingerprints()
    {
        using var doc = JsonDocument.Parse(Render(ReportFormat.Sarif, All));
        Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
        var run = doc.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        Assert.Equal(DiagnosticCatalog.All.Count, rules.GetArrayLength());
        var results = run.GetProperty("results");
        var first = results[0];
        Assert.Equal("ABI0012", first.GetProperty("ruleId").GetString());
        Assert.Equal("ABI0012", rules[first.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        var location = first.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("abi/testing/sysfs-b", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(7, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal("first documented here", first.GetProperty("relatedLocations")[0].GetProperty("message").GetProperty("text").GetString());
        Assert.Equal("testing/sysfs-b|/sys/a", first.GetProperty("partialFingerprints").GetProperty("abiFingerprint/v1").GetString());
        // A space in a path is escaped; a whole-file finding has no region; absolute paths become file URIs.
        var stray = results[1].GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("abi/stray%20file", stray.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.False(stray.TryGetProperty("region", out _));
        Assert.Equal("note", results[2].GetProperty("level").GetString());
        Assert.Equal("file:///abs/testing/x", results[2].GetProperty("locations")[0].GetProperty("physicalLocation")
            .GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    /// <summary>
    /// Microsoft's SARIF multitool (npm @microsoft/sarif-multitool) validates the log against the 2.1.0 schema and its
    /// rules. .ci/run installs it; set SARIF_MULTITOOL to point at another copy.
    /// </summary>
    [SkippableFact]
    public void SarifPassesTheSarifMultitoolValidator()
    {
        var tool = Environment.GetEnvironmentVariable("SARIF_MULTITOOL") is { Length: > 0 } configured
            ? configured
            : Path.Join(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache/abitool-tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool");
        Skip.IfNot(File.Exists(tool), $"SARIF multitool not found at {tool} (.ci/run installs it with npm)");

        using var tree = new TempTree();
        var log = tree.Write("report.sarif", Render(ReportFormat.Sarif, All));
        var output = Path.Join(tree.Root, "validation.sarif");
        var start = new ProcessStartInfo(tool, ["validate", log, "--output", output]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var console = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "sarif-multitool did not finish");
        Assert.True(File.Exists(output), "sarif-multitool wrote no result: " + console);

        using var doc = JsonDocument.Parse(File.ReadAllText(output));
        var errors = doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(r => r.TryGetProperty("level", out var level) && level.GetString() == "error")
            .Select(r => r.GetProperty("ruleId").GetString() + ": " + r.GetProperty("message").ToString())
            .ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Equal(0, process.ExitCode);
    }
}
