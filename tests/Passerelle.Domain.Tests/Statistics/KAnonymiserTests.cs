using Passerelle.Domain.Cases;
using Passerelle.Domain.Statistics.Anonymity;
using Passerelle.Domain.Statistics.Dimensions;

namespace Passerelle.Domain.Tests.Statistics;

public class KAnonymiserTests
{
    private static readonly string[] Nationalities = ["FR", "FR", "FR", "RO", "BG", "NG", "NG", "CN", "AL", "VN", "BR", "MA"];
    private static readonly string[] Places = ["75", "93", "92", "13", "06", "69", "59", "33", "31", "2A", "974", "67"];

    private static ExportRecord<int> Row(int id, Sex sex, AgeGroup age, string? nationality, ExploitationForm? form, int year, string? departement) =>
        new(new QuasiIdentifierValues(sex, age, nationality, form, year, departement), id);

    private static List<ExportRecord<int>> RandomRows(int seed, int count)
    {
        var random = new Random(seed);
        var forms = Enum.GetValues<ExploitationForm>();
        return [.. Enumerable.Range(0, count).Select(i => Row(
            i,
            (Sex)random.Next(0, 4),
            AgeGroups.All[random.Next(AgeGroups.All.Count)],
            random.Next(20) == 0 ? null : Nationalities[random.Next(Nationalities.Length)],
            random.Next(15) == 0 ? null : forms[random.Next(forms.Length)],
            2018 + random.Next(8),
            random.Next(25) == 0 ? null : Places[random.Next(Places.Length)]))];
    }

    [Theory]
    [InlineData(1, 40, 5)]
    [InlineData(2, 300, 5)]
    [InlineData(3, 1500, 5)]
    [InlineData(4, 800, 3)]
    [InlineData(5, 800, 10)]
    [InlineData(6, 4, 5)]
    public void Export_IsKAnonymous_WithinTheSuppressionBudget(int seed, int count, int k)
    {
        var rows = RandomRows(seed, count);
        var options = new KAnonymityOptions { K = k };

        var export = KAnonymiser.Anonymise(rows, options);

        Assert.All(
            export.Records.GroupBy(r => string.Join('|', GeneralisationHierarchy.All.Select(q => r.QuasiIdentifiers[q]))),
            g => Assert.True(g.Count() >= k, $"class {g.Key} has {g.Count()} records"));
        Assert.Equal(count, export.Records.Count + export.SuppressedRecords);
        Assert.Equal(export.Records.Count, export.Records.Select(r => r.Payload).Distinct().Count());
        var fullyGeneralised = export.Generalisations.All(g => g.Level == GeneralisationHierarchy.TopLevel(g.QuasiIdentifier));
        Assert.True(fullyGeneralised || export.SuppressedRecords <= options.MaxSuppressedShare * count);
    }

    [Fact]
    public void AlreadyKAnonymousData_IsNotGeneralised()
    {
        var rows = Enumerable.Range(0, 15)
            .Select(i => Row(i, Sex.Female, AgeGroup.From18To24, i < 10 ? "NG" : "FR", ExploitationForm.SexualExploitation, 2024 + (i % 2 == 0 && i < 10 ? 1 : 0), "75"))
            .ToList();

        var export = KAnonymiser.Anonymise(rows);

        Assert.All(export.Generalisations, g => Assert.Equal(0, g.Level));
        Assert.Equal(0, export.SuppressedRecords);
        Assert.Equal("NG", export.Records[0].QuasiIdentifiers[QuasiIdentifier.Nationality]);
        Assert.Equal("18-24", export.Records[0].QuasiIdentifiers[QuasiIdentifier.AgeGroup]);
    }

    [Fact]
    public void ScatteredDepartements_AreGeneralisedToTheirRegion_AndNothingElse()
    {
        // Twenty persons alike but for their département, all in Île-de-France.
        string[] ileDeFrance = ["75", "77", "78", "91", "92", "93", "94", "95"];
        var rows = Enumerable.Range(0, 20)
            .Select(i => Row(i, Sex.Male, AgeGroup.From25To34, "RO", ExploitationForm.ForcedLabour, 2025, ileDeFrance[i % ileDeFrance.Length]))
            .ToList();

        var export = KAnonymiser.Anonymise(rows);

        Assert.Equal(
            [0, 0, 0, 0, 0, 1],
            export.Generalisations.Select(g => g.Level));
        Assert.Equal("region", export.Generalisations.Single(g => g.QuasiIdentifier == QuasiIdentifier.Departement).LevelName);
        Assert.All(export.Records, r => Assert.Equal("11", r.QuasiIdentifiers[QuasiIdentifier.Departement]));
        Assert.Equal(0, export.SuppressedRecords);
    }

    [Fact]
    public void ARareRecord_IsSuppressed_RatherThanGeneralisingEveryone()
    {
        var rows = Enumerable.Range(0, 40)
            .Select(i => Row(i, Sex.Female, AgeGroup.From18To24, "NG", ExploitationForm.SexualExploitation, 2025, "75"))
            .Append(Row(40, Sex.Male, AgeGroup.From45, "CN", ExploitationForm.ForcedLabour, 2019, "2A"))
            .ToList();

        var export = KAnonymiser.Anonymise(rows);

        Assert.Equal(1, export.SuppressedRecords);
        Assert.DoesNotContain(export.Records, r => r.Payload == 40);
        Assert.All(export.Generalisations, g => Assert.Equal(0, g.Level));
    }

    [Fact]
    public void Hierarchy_GeneralisesEachIdentifier()
    {
        var values = new QuasiIdentifierValues(Sex.Female, AgeGroup.From15To17, "RO", ExploitationForm.ForcedBegging, 2023, "69");

        Assert.Equal(
            ["female", "15-17", "RO", "forced-begging", "2023", "69"],
            GeneralisationHierarchy.All.Select(q => GeneralisationHierarchy.Generalise(values, q, 0)));
        Assert.Equal(
            ["*", "child", "eu", "forced-labour", "2020-2024", "84"],
            GeneralisationHierarchy.All.Select(q => GeneralisationHierarchy.Generalise(values, q, 1)));
        Assert.All(GeneralisationHierarchy.All, q => Assert.Equal("*", GeneralisationHierarchy.Generalise(values, q, 2)));
    }
}
