using Passerelle.Cli;

namespace Passerelle.Cli.Tests;

public sealed class CliTests : IDisposable
{
    private const string Map = "givenName=prenom,familyName=nom,birthDate=naissance,city=ville";
    private readonly string folder = Directory.CreateTempSubdirectory("passerelle-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Link_ReportsMalformedRowsWithTheirLineNumbersAndSkipsThem()
    {
        var input = Write("a.csv", Header + "1,Amina,Okafor,1994-03-12,Lyon\n2,\"Joy,Eze,1990-01-01,Paris\n3,Olga,Petrov,1988-11-02\n4,,Marin,1975-05-05,Nice\n");

        var (code, _, error) = Run("link", "--input", input, "--map", Map, "--id", "id", "--out", Path.Combine(folder, "out.csv"));

        Assert.Equal(0, code);
        // Line 1 is the header: the row of id 2 is line 3.
        Assert.Contains("a.csv:3: row skipped: a line break inside quotes", error, StringComparison.Ordinal);
        Assert.Contains("a.csv:4: row skipped: its number of columns", error, StringComparison.Ordinal);
        Assert.DoesNotContain("a.csv:5:", error, StringComparison.Ordinal);
        Assert.StartsWith("2 records", error.Split('\n').Last(l => l.Length > 0), StringComparison.Ordinal);
    }

    [Fact]
    public void The_tool_runs_with_the_collector_the_million_was_measured_with()
    {
        // A national `link` holds a million records; the benchmark measured the million within 4 GB with these
        // settings (docs/linkage.md, "Sixth pass"), and the command line had the defaults until 4 December 2026.
        using var config = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "passerelle.runtimeconfig.json")));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.False(properties.GetProperty("System.GC.Concurrent").GetBoolean());
        Assert.False(properties.GetProperty("System.GC.Server").GetBoolean());
        Assert.Equal(5, properties.GetProperty("System.GC.ConserveMemory").GetInt32());
    }

    [Theory]
    [InlineData("givenName=prenom,shoeSize=pointure", "unknown field 'shoeSize'")]
    [InlineData("givenName", "not field=column")]
    [InlineData("givenName=prenom,givenName=nom", "mapped twice")]
    [InlineData("givenName=absent", "absent not in the header")]
    public void Link_RefusesABadMap(string map, string message)
    {
        var input = Write("a.csv", Header + "1,Amina,Okafor,1994-03-12,Lyon\n");

        var (code, _, error) = Run("link", "--input", input, "--map", map, "--id", "id", "--out", Path.Combine(folder, "out.csv"));

        Assert.Equal(2, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_RefusesAMissingFile()
    {
        var (code, _, error) = Run("link", "--input", Path.Combine(folder, "nowhere.csv"), "--map", Map, "--id", "id", "--out", "x.csv");

        Assert.Equal(2, code);
        Assert.Contains("not found", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_RefusesInputAndEncodedTogether_AndAMissingOut()
    {
        var input = Write("a.csv", Header);

        Assert.Equal(2, Run("link", "--input", input, "--encoded", input, "--out", "x.csv").Code);
        Assert.NotEqual(0, Run("link", "--input", input, "--map", Map, "--id", "id").Code);
    }

    [Fact]
    public void Encode_RefusesAKeyThatIsNotOne()
    {
        var input = Write("a.csv", Header + "1,Amina,Okafor,1994-03-12,Lyon\n");
        var key = Write("k", "short");

        var (code, _, error) = Run("encode", "--input", input, "--map", Map, "--id", "id", "--key-file", key, "--out", Path.Combine(folder, "a.clk.csv"));

        Assert.Equal(2, code);
        Assert.Contains("is not a key", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_FindsTheSamePersonsInClearAndFromEncodings()
    {
        var (a, b) = (Write("a.csv", Header + People(0, 40)), Write("b.csv", Header + People(20, 60, variant: true)));
        var key = Write("k", Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()));
        var (plainOut, privateOut) = (Path.Combine(folder, "plain.csv"), Path.Combine(folder, "private.csv"));

        Assert.Equal(0, Run("link", "--input", a, "--input", b, "--map", Map, "--id", "id", "--out", plainOut).Code);
        Assert.Equal(0, Run("encode", "--input", a, "--map", Map, "--id", "id", "--key-file", key, "--out", Path.Combine(folder, "a.clk.csv")).Code);
        Assert.Equal(0, Run("encode", "--input", b, "--map", Map, "--id", "id", "--key-file", key, "--out", Path.Combine(folder, "b.clk.csv")).Code);
        Assert.Equal(0, Run("link", "--encoded", Path.Combine(folder, "a.clk.csv"), "--encoded", Path.Combine(folder, "b.clk.csv"), "--out", privateOut).Code);

        // People 20–39 are in both files, as a{n} and b{n}.
        var expected = Enumerable.Range(20, 20).Select(n => $"a{n},b{n}").ToHashSet();
        foreach (var output in new[] { plainOut, privateOut })
        {
            var lines = File.ReadAllLines(output);
            Assert.Equal("left_id,right_id,weight", lines[0]);
            var found = lines.Skip(1).Select(l => string.Join(',', l.Split(',').Take(2).Order())).ToHashSet();
            Assert.True(found.Count(expected.Contains) >= 18, $"{output}: {found.Count(expected.Contains)} of 20");
            Assert.True(found.Count(f => !expected.Contains(f)) <= 1, $"{output}: {string.Join(' ', found.Where(f => !expected.Contains(f)))}");
        }
    }

    [Fact]
    public void Link_RefusesAnEncodingFileOfFormat1_SayingToEncodeAgain()
    {
        // Format 1 (before December 2026): one record-level Bloom filter per row, header id,clk.
        var old = Write("old.clk.csv", "id,clk\n1," + Convert.ToBase64String(new byte[128]) + "\n");

        var (code, _, error) = Run("link", "--encoded", old, "--out", Path.Combine(folder, "out.csv"));

        Assert.Equal(2, code);
        Assert.Contains("format 1", error, StringComparison.Ordinal);
        Assert.Contains("encode its records again", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Encode_WritesNoClearValue_AndLinkSkipsARowThatIsNotAnEncoding()
    {
        var input = Write("a.csv", Header + People(0, 30));
        var key = Write("k", Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()));
        var encoded = Path.Combine(folder, "a.enc.csv");

        Assert.Equal(0, Run("encode", "--input", input, "--map", Map, "--id", "id", "--key-file", key, "--out", encoded).Code);
        var text = File.ReadAllText(encoded);
        Assert.StartsWith("id,encoding", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Okafor", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Lyon", text, StringComparison.OrdinalIgnoreCase);

        File.AppendAllText(encoded, "x1,not-an-encoding\n");
        var (code, _, error) = Run("link", "--encoded", encoded, "--out", Path.Combine(folder, "out.csv"));
        Assert.Equal(0, code);
        Assert.Contains("row skipped: not an encoding of format 2", error, StringComparison.Ordinal);
        Assert.StartsWith("30 encodings", error.Split('\n').Last(l => l.Length > 0), StringComparison.Ordinal);
    }

    private const string Header = "id,prenom,nom,naissance,ville\n";

    private static readonly string[] Given =
    [
        "Amina", "Joy", "Olga", "Ioana", "Fatou", "Grace", "Elena", "Mariam", "Nadia", "Hawa", "Blessing", "Svetlana",
        "Khadija", "Precious", "Andreea", "Esther", "Mihaela", "Vanessa", "Li", "Aicha",
    ];

    private static readonly string[] Cities = ["Lyon", "Paris", "Marseille", "Lille", "Nantes", "Rennes", "Nice"];
    private static readonly string[] Family = ["Okafor", "Eze", "Petrov", "Popescu", "Diallo", "Mensah", "Marin", "Haddad", "Benali", "Camara", "Sow", "Wang"];

    private static string People(int from, int to, bool variant = false) => string.Concat(Enumerable.Range(from, to - from).Select(n =>
    {
        var family = Family[n % Family.Length] + Family[(n / 3) % Family.Length].ToLowerInvariant()[..3];
        var given = Given[(n * 7) % Given.Length];
        var city = Cities[n % Cities.Length];
        var date = $"{1970 + n}-{1 + (n % 12):D2}-{1 + (n % 27):D2}";
        return variant
            ? $"b{n},{given.ToUpperInvariant()},{(n % 4 == 0 ? family[..^1] : family)},{date},{city}\n"
            : $"a{n},{given},{family},{date},{city}\n";
    }));

    private string Write(string name, string content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = PasserelleCli.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
