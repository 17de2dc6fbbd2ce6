using Passerelle.Domain.Geography;

namespace Passerelle.Domain.Tests.Geography;

public class DepartementsTests
{
    [Fact]
    public void All_HoldsTheHundredAndOneDepartements_AndTheTwoCollectivitiesOfGuadeloupesPrefecture()
    {
        Assert.Equal(103, Departements.All.Count);
        Assert.Equal(103, Departements.All.Select(d => d.Code).Distinct().Count());
        Assert.Equal(7, Departements.All.Count(d => d.Code.Length == 3));
        Assert.Equal(101, Departements.All.Count(d => !d.IsOverseasCollectivity));
    }

    // Legal review D14: Saint-Barthélemy and Saint-Martin (collectivités d'outre-mer, Constitution art. 74) are under
    // the prefect of Guadeloupe; cases there must be registrable and their statistics fall in region 01.
    [Theory]
    [InlineData("977", "Saint-Barthélemy")]
    [InlineData("978", "Saint-Martin")]
    public void SaintBarthelemyAndSaintMartin_AreKnown_UnderThePrefectureOfGuadeloupe(string code, string name)
    {
        var place = Departements.Find(code);

        Assert.NotNull(place);
        Assert.Equal(name, place.Name);
        Assert.Equal("01", place.RegionCode);
        Assert.Equal("Guadeloupe", place.RegionName);
        Assert.True(place.IsOverseasCollectivity);
        Assert.False(place.HasLocalLawHolidays);
    }

    [Theory]
    [InlineData("75", "Paris", "11", "Île-de-France")]
    [InlineData("93", "Seine-Saint-Denis", "11", "Île-de-France")]
    [InlineData("2A", "Corse-du-Sud", "94", "Corse")]
    [InlineData("2b", "Haute-Corse", "94", "Corse")]
    [InlineData("13", "Bouches-du-Rhône", "93", "Provence-Alpes-Côte d'Azur")]
    [InlineData("973", "Guyane", "03", "Guyane")]
    [InlineData("974", "La Réunion", "04", "La Réunion")]
    [InlineData("976", "Mayotte", "06", "Mayotte")]
    public void Find_GivesNameAndRegion(string code, string name, string regionCode, string regionName)
    {
        var departement = Departements.Find(code);

        Assert.NotNull(departement);
        Assert.Equal(name, departement.Name);
        Assert.Equal(regionCode, departement.RegionCode);
        Assert.Equal(regionName, departement.RegionName);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("20")]
    [InlineData("96")]
    [InlineData("975")]
    [InlineData("979")]
    [InlineData("2C")]
    public void IsKnown_RefusesCodesThatAreNotDepartements(string? code) => Assert.False(Departements.IsKnown(code));

    [Fact]
    public void Regions_AreEighteenAndEachHoldsDepartements()
    {
        Assert.Equal(18, Regions.All.Count);
        Assert.All(Regions.All, r => Assert.NotEmpty(Departements.InRegion(r.Code)));
        Assert.All(Departements.All, d => Assert.True(Regions.IsKnown(d.RegionCode)));
        Assert.Equal(8, Departements.InRegion("11").Count);
        Assert.Equal(["971", "977", "978"], Departements.InRegion("01").Select(d => d.Code));
    }

    [Fact]
    public void LocalLawHolidays_OnlyInAlsaceMoselle()
    {
        var codes = Departements.All.Where(d => d.HasLocalLawHolidays).Select(d => d.Code);

        Assert.Equal(["57", "67", "68"], codes);
    }
}
