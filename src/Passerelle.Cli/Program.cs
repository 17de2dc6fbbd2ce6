using Passerelle.Cli;

return PasserelleCli.Run(args, Console.Out, Console.Error);
