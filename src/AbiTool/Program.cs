using System.Text;
using AbiTool.Cli;

// Reports can run to thousands of lines: write them through one buffer instead of a system call per line.
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
using var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8, bufferSize: 1 << 16) { AutoFlush = false };
var code = AbiCli.Run(args, stdout, Console.Error);
stdout.Flush();
return code;
