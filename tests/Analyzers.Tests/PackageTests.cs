using System.Diagnostics;
using System.IO.Compression;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace AbiTool.Tests;

/// <summary>
/// The NuGet package AbiTool.Analyzers as `dotnet pack src/Analyzers.Package` makes it: the analyzer and the code fix
/// both under analyzers/dotnet/cs, nothing in lib/, and no dependency (above all none on Microsoft.CodeAnalysis.*,
/// which would force consumers onto a newer compiler). Packs with --no-build what this test project's build built.
/// </summary>
public class PackageTests
{
    private static readonly string PackageProject = Path.Join(TestPaths.RepoRoot, "src", "Analyzers.Package", "Analyzers.Package.csproj");

    [SkippableFact]
    public void PackageShipsAnalyzerAndCodeFixWithoutDependencies()
    {
        using var temp = new TempTree();
        var nupkg = Pack(temp.Root);
        using var zip = ZipFile.OpenRead(nupkg);

        var assemblies = zip.Entries.Where(e => e.FullName.EndsWith(".dll", StringComparison.Ordinal))
            .ToDictionary(e => e.FullName, Describe);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["analyzers/dotnet/cs/AbiTool.Analyzers.dll"] = "AbiTool.Analyzers defines SysfsPathAnalyzer",
                ["analyzers/dotnet/cs/AbiTool.Analyzers.CodeFixes.dll"] = "AbiTool.Analyzers.CodeFixes defines ObsoletePathCodeFix",
            },
            assemblies);

        var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspec.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        Assert.Equal("AbiTool.Analyzers", Value(metadata, "id"));
        Assert.Equal("true", Value(metadata, "developmentDependency"));
        var dependencies = metadata.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => (string?)e.Attribute("id")).ToList();
        Assert.DoesNotContain(dependencies, id => id is not null && id.StartsWith("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(dependencies);
    }

    /// <summary>Runs `dotnet pack` into <paramref name="output"/> and returns the one package it wrote.</summary>
    private static string Pack(string output)
    {
        var dotnet = OnPath("dotnet");
        Skip.If(dotnet is null, "`dotnet` is not on PATH; the package test packs with it");
        var configuration = typeof(PackageTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var start = new ProcessStartInfo(dotnet!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // No build servers: a node left running would hold the redirected output open.
            ArgumentList = { "pack", PackageProject, "--no-build", "-c", configuration, "-o", output, "--disable-build-servers", "-nologo" },
        };
        // The test host runs under `dotnet test`; its MSBuild settings are not for this child.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("dotnet pack did not finish in 3 minutes");
        }
        Assert.True(process.ExitCode == 0, $"dotnet pack exited {process.ExitCode}:\n{stdout.Result}\n{stderr.Result}");
        return Assert.Single(Directory.GetFiles(output, "*.nupkg"));
    }

    /// <summary>A packaged assembly's name and which of the analyzer's and the code fix's types it defines.</summary>
    private static string Describe(ZipArchiveEntry entry)
    {
        using var stream = new MemoryStream();
        using (var source = entry.Open()) source.CopyTo(stream);
        stream.Position = 0;
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var types = reader.TypeDefinitions.Select(t => reader.GetString(reader.GetTypeDefinition(t).Name))
            .Where(name => name is "SysfsPathAnalyzer" or "ObsoletePathCodeFix");
        return $"{reader.GetString(reader.GetAssemblyDefinition().Name)} defines {string.Join(", ", types)}";
    }

    private static string? Value(XElement parent, string name) => parent.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

    private static string? OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Join(dir, tool)).FirstOrDefault(File.Exists);
}
