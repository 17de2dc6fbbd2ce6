using Passerelle.Domain.Statistics.Dimensions;
using Passerelle.Domain.Statistics.Measures;
using Passerelle.Domain.Statistics.Tables;

namespace Passerelle.Domain.Tests.Statistics;

public class CrossTabulationTests
{
    private static CrossTable Table(Measure measure, params StatisticalDimension[] by) =>
        CrossTabulation.Tabulate(KnownDataset.Records, new StatisticsQuery(measure, by));

    // Rows as text: xunit compares the arrays inside tuples by reference.
    private static string[] Cells(CrossTable table) =>
        [.. table.Cells.Select(c => Row(c.Categories, c.Value))];

    private static string[] Rows(params (string?[] Categories, decimal Value)[] rows) =>
        [.. rows.Select(r => Row(r.Categories, r.Value))];

    private static string Row(IEnumerable<string?> categories, decimal value) =>
        string.Join(" / ", categories.Select(c => c ?? "total")) + " = " + value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Registered_CountsPersonsNotRecords()
    {
        var table = Table(Measure.Registered);

        Assert.Equal(5, table.GrandTotal.Persons);
        Assert.Equal(5m, table.GrandTotal.Value);
    }

    [Fact]
    public void Registered_BySex_TakesTheEarliestKnownValue()
    {
        var table = Table(Measure.Registered, StatisticalDimension.Sex);

        // P1 is female (police, first) although the NGO wrote male; P3's sex comes from her second record.
        Assert.Equal([["female", "male", "other"]], table.Categories);
        Assert.Equal(Rows([(["female"], 4m), (["male"], 1m), (["other"], 0m), ([null], 5m)]), Cells(table));
    }

    [Fact]
    public void Registered_ByAgeGroup_AndChildOrAdult()
    {
        var ages = Table(Measure.Registered, StatisticalDimension.AgeGroup);
        var children = Table(Measure.Registered, StatisticalDimension.ChildOrAdult);

        Assert.Equal(
            Rows([(["under-15"], 1m), (["15-17"], 1m), (["18-24"], 1m), (["25-34"], 1m), (["35-44"], 1m), (["45-and-over"], 0m), ([null], 5m)]),
            Cells(ages));
        // P5 is 19 by estimate but presumed a minor: she counts as a child.
        Assert.Equal(Rows([(["child"], 3m), (["adult"], 2m), ([null], 5m)]), Cells(children));
    }

    [Fact]
    public void Registered_ByNationality_AndGroup()
    {
        Assert.Equal(
            Rows([(["FR"], 2m), (["NG"], 1m), (["RO"], 1m), (["unknown"], 1m), ([null], 5m)]),
            Cells(Table(Measure.Registered, StatisticalDimension.Nationality)));
        Assert.Equal(
            Rows([(["france"], 2m), (["eu"], 1m), (["non-eu"], 1m), (["unknown"], 1m), ([null], 5m)]),
            Cells(Table(Measure.Registered, StatisticalDimension.NationalityGroup)));
    }

    /// <summary>The economic sector of forced labour (seed report ¶34): every ISIC section listed, zeros included.</summary>
    [Fact]
    public void Registered_ByForcedLabourIndustry_ListsEverySectionAndTheUnknown()
    {
        var industries = Table(Measure.Registered, StatisticalDimension.ForcedLabourIndustry);

        Assert.Equal(Enum.GetValues<Passerelle.Domain.Htcds.ForcedLabourIndustry>().Length + 1, industries.Categories[0].Count);
        Assert.Equal(1m, industries["construction"].Value);
        Assert.Equal(0m, industries["agriculture-forestry-and-fishing"].Value);
        Assert.Equal(4m, industries["unknown"].Value);
        Assert.Equal("forcedLabourIndustry", StatisticalDimensions.Name(StatisticalDimension.ForcedLabourIndustry));
        Assert.Equal(("Secteur d'activité du travail forcé", "Forced-labour industry"),
            (StatisticalDimensions.Label(StatisticalDimension.ForcedLabourIndustry).French, StatisticalDimensions.Label(StatisticalDimension.ForcedLabourIndustry).English));
    }

    /// <summary>P1's first record has no type of sexual exploitation; her later one fills it in, as for sex.</summary>
    [Fact]
    public void Registered_BySexExploitationType_TakesTheEarliestKnownType()
    {
        var types = Table(Measure.Registered, StatisticalDimension.SexExploitationType);

        Assert.Equal(["prostitution", "pornography", "remote-interactive-services", "private-sexual-services", "unknown"], types.Categories[0]);
        Assert.Equal(1m, types["remote-interactive-services"].Value);
        Assert.Equal(0m, types["prostitution"].Value);
        Assert.Equal(4m, types["unknown"].Value);
        Assert.Equal("Type of sexual exploitation", StatisticalDimensions.Label(StatisticalDimension.SexExploitationType).English);
    }

    /// <summary>
    /// The country of exploitation is an open dimension like nationality: the countries recorded (a lower-case code read
    /// as its ISO code), then the unknown; P3, French, exploited in France, is counted though no border was crossed.
    /// </summary>
    [Fact]
    public void Registered_ByExploitationCountry_ListsTheCountriesRecorded()
    {
        var countries = Table(Measure.Registered, StatisticalDimension.ExploitationCountry);

        Assert.Equal(["ES", "FR", "unknown"], countries.Categories[0]);
        Assert.Equal(1m, countries["FR"].Value);
        Assert.Equal(1m, countries["ES"].Value);
        Assert.Equal(3m, countries["unknown"].Value);
        Assert.Equal(("Pays d'exploitation", "Country of exploitation"),
            (StatisticalDimensions.Label(StatisticalDimension.ExploitationCountry).French, StatisticalDimensions.Label(StatisticalDimension.ExploitationCountry).English));
        Assert.Equal("Espagne", StatisticalDimensions.LabelOf(StatisticalDimension.ExploitationCountry, "ES").French);
    }

    [Fact]
    public void Registered_ByFormRecruitmentAndPlace()
    {
        var forms = Table(Measure.Registered, StatisticalDimension.ExploitationForm);
        var means = Table(Measure.Registered, StatisticalDimension.RecruitmentMeans);
        var departements = Table(Measure.Registered, StatisticalDimension.Departement);
        var regions = Table(Measure.Registered, StatisticalDimension.Region);

        Assert.Equal(2m, forms["sexual-exploitation"].Value);
        Assert.Equal(1m, forms["forced-labour"].Value);
        Assert.Equal(1m, forms["domestic-servitude"].Value);
        Assert.Equal(1m, forms["unknown"].Value);
        Assert.Equal(0m, forms["forced-begging"].Value);
        Assert.Equal(2m, means["online-social-network"].Value);
        Assert.Equal(1m, means["job-offer"].Value);
        Assert.Equal(2m, means["unknown"].Value);
        Assert.Equal(Rows([(["13"], 1m), (["69"], 1m), (["75"], 2m), (["unknown"], 1m), ([null], 5m)]), Cells(departements));
        Assert.Equal(2m, regions["11"].Value);
        Assert.Equal(1m, regions["84"].Value);
        Assert.Equal(1m, regions["93"].Value);
        Assert.Equal(1m, regions["unknown"].Value);
        Assert.Equal(19, regions.Categories[0].Count);
    }

    [Fact]
    public void Sheltered_ByAgencyType_CountsTheDetectingAgency()
    {
        var table = Table(Measure.Sheltered, StatisticalDimension.AgencyType);

        // Sheltered through the NGO's record, P1 is still counted under the police, who detected her first.
        Assert.Equal(1m, table["police"].Value);
        Assert.Equal(0m, table["specialised-ngo"].Value);
        Assert.Equal(1m, table.GrandTotal.Value);
    }

    [Fact]
    public void Screened_ByYearAndSex_HasEveryMargin()
    {
        var table = Table(Measure.Screened, StatisticalDimension.Year, StatisticalDimension.Sex);

        Assert.Equal(
            Rows([
                (["2024", "female"], 1m), (["2024", "male"], 1m), (["2024", "other"], 0m), (["2024", null], 2m),
                (["2025", "female"], 1m), (["2025", "male"], 0m), (["2025", "other"], 0m), (["2025", null], 1m),
                ([null, "female"], 2m), ([null, "male"], 1m), ([null, "other"], 0m), ([null, null], 3m),
            ]),
            Cells(table));
    }

    [Fact]
    public void RgAndCgPositive_AndChildrenMissing()
    {
        Assert.Equal(2m, Table(Measure.RgPositive).GrandTotal.Value);
        Assert.Equal(1m, Table(Measure.CgPositive).GrandTotal.Value);
        Assert.Equal(1m, Table(Measure.ChildrenMissing, StatisticalDimension.ChildOrAdult)["child"].Value);
        Assert.Equal(0m, Table(Measure.Assisted).GrandTotal.Value);
    }

    [Fact]
    public void CompensationGranted_CountsPersons_AndAmountSumsThem()
    {
        var count = Table(Measure.CompensationGrantedAmount, StatisticalDimension.Region);

        Assert.Equal(1700m, count.GrandTotal.Value);
        Assert.Equal(3, count.GrandTotal.Persons);
        Assert.Equal((1000m, 1), (count["11"].Value, count["11"].Persons));
        Assert.Equal((500m, 1), (count["93"].Value, count["93"].Persons));
        Assert.Equal((200m, 1), (count["84"].Value, count["84"].Persons));
    }

    [Fact]
    public void ThreeDimensions_HaveAllLowerOrderMargins()
    {
        var table = Table(Measure.Registered, StatisticalDimension.Year, StatisticalDimension.Sex, StatisticalDimension.ChildOrAdult);

        Assert.Equal(3 * 4 * 3, table.Shape.Length);
        Assert.Equal(2m, table["2025", "female", "child"].Value);
        Assert.Equal(1m, table["2024", "female", "child"].Value);
        Assert.Equal(3m, table["2025", "female", null].Value);
        Assert.Equal(1m, table["2024", null, "child"].Value);
        Assert.Equal(3m, table[null, "female", "child"].Value);
        Assert.Equal(3m, table[null, null, "child"].Value);
        Assert.Equal(5m, table[null, null, null].Value);
    }

    [Fact]
    public void Filters_RestrictThePopulation()
    {
        var query = new StatisticsQuery(Measure.Registered, [StatisticalDimension.Sex])
        {
            Filters = new Dictionary<StatisticalDimension, string> { [StatisticalDimension.Year] = "2025" },
        };

        var table = CrossTabulation.Tabulate(KnownDataset.Records, query);

        Assert.Equal(Rows([(["female"], 3m), (["male"], 0m), (["other"], 0m), ([null], 3m)]), Cells(table));
    }

    [Fact]
    public void Query_RefusesFourDimensions_AndRepeats()
    {
        Assert.NotNull(new StatisticsQuery(Measure.Registered, [StatisticalDimension.Sex, StatisticalDimension.Year, StatisticalDimension.Region, StatisticalDimension.AgeGroup]).Problem);
        Assert.NotNull(new StatisticsQuery(Measure.Registered, [StatisticalDimension.Sex, StatisticalDimension.Sex]).Problem);
        Assert.Throws<ArgumentException>(() => Table(Measure.Registered, StatisticalDimension.Sex, StatisticalDimension.Sex));
    }

    [Fact]
    public void FromInnerCells_AddsUpMargins()
    {
        var table = CrossTable.FromInnerCells(
            Measure.Registered,
            [StatisticalDimension.Sex, StatisticalDimension.Year],
            [["female", "male"], ["2024", "2025"]],
            [new(["female", "2024"], 3, 3), new(["male", "2025"], 7, 7), new(["female", "2025"], 1, 1)]);

        Assert.Equal(4m, table["female", null].Value);
        Assert.Equal(8m, table[null, "2025"].Value);
        Assert.Equal(0m, table["male", "2024"].Value);
        Assert.Equal(11m, table.GrandTotal.Value);
    }
}
