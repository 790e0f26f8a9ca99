// The fixtures carry Unix modes, links and device nodes: these tests run on Linux.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
