namespace Passerelle.Cli.Commands;

/// <summary>Exit codes: 0 success, 1 unexpected failure, 2 bad arguments or unusable input.</summary>
public static class Failure
{
    public const int BadUsage = 2;

    public static int Usage(TextWriter error, string message)
    {
        error.WriteLine("error: " + message);
        return BadUsage;
    }

    public static int? MissingFile(IEnumerable<string> paths, TextWriter error)
    {
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                return Usage(error, $"file '{path}' not found.");
            }
        }

        return null;
    }
}
