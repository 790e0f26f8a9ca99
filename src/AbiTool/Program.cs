using AbiTool.Cli;

return AbiCli.Run(args, Console.Out, Console.Error);
