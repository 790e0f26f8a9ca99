using System.Diagnostics;
using AbiTool.Reporting.Docs;

namespace AbiTool.Tests.Docs;

/// <summary>
/// The 6.12 site in a real browser (Debian's chromium, headless): screenshots of the index and of an entry page, and
/// the search driven through the page's own ?q= and #search= entry points, read back from the DOM.
/// </summary>
public class BrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    private static string Site(TempTree output)
    {
        var dir = TestPaths.Corpus("linux-6.12");
        Skip.IfNot(File.Exists(Chromium), "chromium is not installed (apt-get install chromium)");
        DocsGenerator.Write(DocsFixture.RealSite(dir), DocsFormat.Html, output.Root, new DocsOptions("linux-6.12 ABI"));
        return output.Root;
    }

    [SkippableFact]
    public void SearchFindsTargetNodeFromQueryAndFragment()
    {
        using var output = new TempTree();
        var site = Site(output);
        var byQuery = Browse(output, "--dump-dom", $"file://{site}/index.html?q=target_node");
        Assert.Contains("href=\"testing__sysfs-bus-dax.html#abi_sys_bus_dax_devices_daxx_y_target_node\"", byQuery);
        Assert.Contains("<mark>target_node</mark>", byQuery);
        Assert.DoesNotContain("id=\"results\" class=\"results\" hidden", byQuery);
        var byFragment = Browse(output, "--dump-dom", $"file://{site}/index.html#search=target_node");
        Assert.Contains("testing__sysfs-bus-dax.html#abi_sys_bus_dax_devices_daxx_y_target_node", byFragment);
        // The level filter applies to the search: target_node is a testing entry.
        var stableOnly = Browse(output, "--dump-dom", $"file://{site}/index.html?q=target_node&level=stable");
        Assert.DoesNotContain("#abi_sys_bus_dax_devices_daxx_y_target_node", stableOnly);
        Assert.Contains("No entry matches", stableOnly);
    }

    [SkippableFact]
    public void IndexAndEntryPageRenderWithTheirContent()
    {
        using var output = new TempTree();
        var site = Site(output);
        var shots = Path.Join(TestPaths.RepoRoot, "artifacts", "docs-screenshots");
        Directory.CreateDirectory(shots);
        foreach (var (name, page, size) in new[]
                 {
                     ("index.png", "index.html", "1280,900"), ("entry.png", "testing__sysfs-bus-dax.html", "1280,1400"),
                     ("entry-phone.png", "testing__sysfs-bus-dax.html", "390,1200"),
                 })
        {
            var file = Path.Join(shots, name);
            File.Delete(file);
            Browse(output, $"--screenshot={file}", $"--window-size={size}", $"file://{site}/{page}");
            Assert.True(File.Exists(file), $"no screenshot {file}");
            var bytes = File.ReadAllBytes(file);
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, bytes[..4]);
            // A blank page compresses to a few KB; a page with text and colour does not.
            Assert.True(bytes.Length > 30_000, $"{name}: {bytes.Length} bytes, the page looks empty");
        }
        var entry = Browse(output, "--dump-dom", $"file://{site}/testing__sysfs-bus-dax.html");
        Assert.Contains("id=\"abi_sys_bus_dax_devices_daxx_y_target_node\"", entry);
        Assert.Contains("nvdimm@lists.linux.dev", entry);
    }

    private static string Browse(TempTree scratch, params string[] args)
    {
        var profile = Directory.CreateTempSubdirectory("abitool-chromium-").FullName;
        try
        {
            var start = new ProcessStartInfo(Chromium)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = scratch.Root,
            };
            foreach (var arg in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                         "--disable-background-networking", "--disable-component-update", "--disable-sync", $"--user-data-dir={profile}", .. args])
                start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("chromium did not finish within 120 s");
            }
            return stdout.Result;
        }
        finally
        {
            try { Directory.Delete(profile, recursive: true); } catch (IOException) { }
        }
    }
}
