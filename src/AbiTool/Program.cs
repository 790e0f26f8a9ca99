using System.Text;
using AbiTool.Cli;

// No GC settings here: a no-GC region sized for a kernel tree (192 MB) gave every allocation fresh pages, while the
// default gen0 budget lets a few collections reuse them (validate on 6.12: 7,750 → 6,540 page faults, 41.5 → 36.7 MiB
// peak, same CPU time; bench/ab.sh). Smaller gen0 or region sizes measured within noise of the default.

// Reports can run to thousands of lines: write them through one buffer instead of a system call per line.
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
using var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8, bufferSize: 1 << 16) { AutoFlush = false };
var code = AbiCli.Run(args, stdout, Console.Error);
stdout.Flush();
return code;
