using Passerelle.Domain.Statistics.Dimensions;
using Passerelle.Domain.Statistics.Records;

namespace Passerelle.Domain.Tests.Statistics;

public class CategoryMappingTests
{
    [Theory]
    [InlineData(null, AgeGroup.Unknown)]
    [InlineData(-1, AgeGroup.Unknown)]
    [InlineData(0, AgeGroup.Under15)]
    [InlineData(14, AgeGroup.Under15)]
    [InlineData(15, AgeGroup.From15To17)]
    [InlineData(17, AgeGroup.From15To17)]
    [InlineData(18, AgeGroup.From18To24)]
    [InlineData(24, AgeGroup.From18To24)]
    [InlineData(25, AgeGroup.From25To34)]
    [InlineData(34, AgeGroup.From25To34)]
    [InlineData(35, AgeGroup.From35To44)]
    [InlineData(44, AgeGroup.From35To44)]
    [InlineData(45, AgeGroup.From45)]
    [InlineData(90, AgeGroup.From45)]
    [InlineData(130, AgeGroup.Unknown)]
    public void AgeGroups_Of(int? age, AgeGroup expected) => Assert.Equal(expected, AgeGroups.Of(age));

    [Theory]
    [InlineData(17, false, ChildOrAdult.Child)]
    [InlineData(18, false, ChildOrAdult.Adult)]
    [InlineData(null, false, ChildOrAdult.Unknown)]
    [InlineData(19, true, ChildOrAdult.Child)]
    [InlineData(null, true, ChildOrAdult.Child)]
    public void ChildOrAdults_Of_HonoursThePresumptionOfMinority(int? age, bool presumedMinor, ChildOrAdult expected) =>
        Assert.Equal(expected, ChildOrAdults.Of(age, presumedMinor));

    [Theory]
    [InlineData("FR", NationalityGroup.France)]
    [InlineData("fr", NationalityGroup.France)]
    [InlineData("RO", NationalityGroup.Eu)]
    [InlineData("DE", NationalityGroup.Eu)]
    [InlineData("GB", NationalityGroup.NonEu)]
    [InlineData("NG", NationalityGroup.NonEu)]
    [InlineData("XX", NationalityGroup.Unknown)]
    [InlineData(null, NationalityGroup.Unknown)]
    public void NationalityGroups_Of(string? iso, NationalityGroup expected) => Assert.Equal(expected, NationalityGroups.Of(iso));

    [Theory]
    [InlineData("75", StatisticalDimension.Departement, "75")]
    [InlineData("75", StatisticalDimension.Region, "11")]
    [InlineData("2A", StatisticalDimension.Region, "94")]
    [InlineData("974", StatisticalDimension.Region, "04")]
    [InlineData(null, StatisticalDimension.Region, "unknown")]
    public void Region_FollowsTheDepartement(string? departement, StatisticalDimension dimension, string expected)
    {
        var person = new StatisticalPerson("p", new DateOnly(2025, 5, 1)) { Departement = departement };

        Assert.Equal(expected, StatisticalDimensions.CategoryOf(dimension, person));
    }

    [Fact]
    public void Year_AndQuarter_AreThoseOfTheFirstDetection()
    {
        var person = new StatisticalPerson("p", new DateOnly(2025, 7, 1));

        Assert.Equal("2025", StatisticalDimensions.CategoryOf(StatisticalDimension.Year, person));
        Assert.Equal("q3", StatisticalDimensions.CategoryOf(StatisticalDimension.Quarter, person));
    }

    [Fact]
    public void Order_PutsUnknownLast_AndFillsMissingYears()
    {
        Assert.Equal(["2022", "2023", "2024", "unknown"], StatisticalDimensions.Order(StatisticalDimension.Year, ["2024", "unknown", "2022"]));
        Assert.Equal(["female", "male", "other", "unknown"], StatisticalDimensions.Order(StatisticalDimension.Sex, ["unknown", "male"]));
        Assert.Equal(["2A", "75", "971"], StatisticalDimensions.Order(StatisticalDimension.Departement, ["971", "75", "2A"]));
    }
}
