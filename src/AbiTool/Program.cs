using System.Runtime;
using System.Text;
using AbiTool.Cli;

// A run reads a whole ABI tree and exits: collecting garbage on the way only copies the model that is being built.
// Ask for no collections up to a budget far above a kernel tree's needs; beyond it the GC works as usual.
try
{
    GC.TryStartNoGCRegion(192L * 1024 * 1024);
}
catch (ArgumentOutOfRangeException)
{
}

// Reports can run to thousands of lines: write them through one buffer instead of a system call per line.
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
using var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8, bufferSize: 1 << 16) { AutoFlush = false };
var code = AbiCli.Run(args, stdout, Console.Error);
stdout.Flush();
return code;
