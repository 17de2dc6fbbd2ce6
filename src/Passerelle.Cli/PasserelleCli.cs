using System.CommandLine;
using Passerelle.Cli.Commands;
using Passerelle.Cli.Csv;

namespace Passerelle.Cli;

public static class PasserelleCli
{
    public static RootCommand Create() =>
        new("Passerelle record linkage: link person records across agencies, in clear or as encodings.")
        {
            LinkCommand.Create(),
            EncodeCommand.Create(),
        };

    /// <summary>Runs the command line with the given writers, so that tests can read what it says.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return Create().Parse(args).Invoke(configuration);
        }
        catch (CsvInputException exception)
        {
            error.WriteLine("error: " + exception.Message);
            return Failure.BadUsage;
        }
        catch (IOException exception)
        {
            error.WriteLine("error: " + exception.Message);
            return 1;
        }
        catch (UnauthorizedAccessException exception)
        {
            error.WriteLine("error: " + exception.Message);
            return 1;
        }
    }
}
