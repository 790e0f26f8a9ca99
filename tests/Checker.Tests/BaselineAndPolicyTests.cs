using AbiTool.Diagnostics;
using AbiTool.Model;

namespace AbiTool.Tests;

public class BaselineAndPolicyTests
{
    private static Diagnostic D(string code, int line, string fingerprint, Severity severity = Severity.Warning) =>
        new(code, severity, SourceSpan.At("abi/testing/f", line), "m", fingerprint);

    [Fact]
    public void BaselineAcceptsKnownFindingsEvenWhenLinesMove()
    {
        using var tree = new TempTree();
        var path = Path.Join(tree.Root, "baseline.json");
        Baseline.From([D("ABI0002", 10, "testing/f|/sys/a"), D("ABI0002", 20, "testing/f|/sys/b")]).Save(path);

        var (fresh, suppressed) = Baseline.Load(path).Filter([
            D("ABI0002", 14, "testing/f|/sys/a"),  // same finding, moved down by an edit above it
            D("ABI0002", 24, "testing/f|/sys/b"),
            D("ABI0002", 30, "testing/f|/sys/c"),  // new
            D("ABI0004", 10, "testing/f|/sys/a"),  // new code for an old entry
        ]);
        Assert.Equal(2, suppressed);
        Assert.Equal(["testing/f|/sys/c", "testing/f|/sys/a"], fresh.Select(d => d.Fingerprint));
        Assert.Equal(["ABI0002", "ABI0004"], fresh.Select(d => d.Code));
    }

    [Fact]
    public void BaselineCountsRepeatedFindings()
    {
        var baseline = Baseline.From([D("ABI0023", 1, "f|x")]);
        var (fresh, suppressed) = baseline.Filter([D("ABI0023", 1, "f|x"), D("ABI0023", 2, "f|x")]);
        Assert.Equal(1, suppressed);
        Assert.Single(fresh);
    }

    [Fact]
    public void MalformedBaselineIsAFormatErrorNamingTheFile()
    {
        using var tree = new TempTree();
        var path = tree.Write("b.json", "{ not json");
        var e = Assert.Throws<FormatException>(() => Baseline.Load(path));
        Assert.Contains(path, e.Message);
        Assert.DoesNotContain("\n", e.Message);
    }

    [Fact]
    public void PolicyOverridesSeveritiesAndDropsThoseTurnedOff()
    {
        var policy = SeverityPolicy.Parse(["ABI0016=none", "abi0002=error"], Severity.Warning);
        var applied = policy.Apply([D("ABI0016", 1, "a", Severity.Info), D("ABI0002", 2, "b"), D("ABI0004", 3, "c")]);
        Assert.Equal(["ABI0002", "ABI0004"], applied.Select(d => d.Code));
        Assert.Equal(Severity.Error, applied[0].Severity);
    }

    [Theory]
    [InlineData(Severity.Error, false)]
    [InlineData(Severity.Warning, true)]
    [InlineData(Severity.Info, true)]
    public void FailOnThreshold(Severity failOn, bool fails) =>
        Assert.Equal(fails, new SeverityPolicy { FailOn = failOn }.Fails([D("ABI0002", 1, "x")]));

    [Theory]
    [InlineData("ABI0002")]
    [InlineData("ABI0002=loud")]
    [InlineData("ABI9999=info")]
    public void BadSeveritySettingIsAFormatError(string setting) =>
        Assert.Throws<FormatException>(() => SeverityPolicy.Parse([setting], Severity.Warning));
}
