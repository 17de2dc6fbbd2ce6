using Passerelle.Domain.Geography;

namespace Passerelle.Domain.Tests.Geography;

public class CountriesTests
{
    [Fact]
    public void All_HoldsEveryOfficiallyAssignedCodeOnce()
    {
        Assert.Equal(249, Countries.All.Count);
        Assert.Equal(249, Countries.All.Select(c => c.Code).Distinct().Count());
        Assert.All(Countries.All, c => Assert.Matches("^[A-Z]{2}$", c.Code));
        Assert.All(Countries.All, c => Assert.False(string.IsNullOrWhiteSpace(c.NameEn) || string.IsNullOrWhiteSpace(c.NameFr)));
    }

    [Fact]
    public void EuMembers_AreTheTwentySeven()
    {
        var members = Countries.All.Where(c => c.IsEuMember).Select(c => c.Code).ToList();

        Assert.Equal(27, members.Count);
        Assert.Contains("FR", members);
        Assert.Contains("RO", members);
        Assert.Contains("HR", members);
        Assert.DoesNotContain("GB", members);
        Assert.DoesNotContain("CH", members);
        Assert.DoesNotContain("AL", members);
    }

    [Theory]
    [InlineData("FR", "France", "France")]
    [InlineData("ci", "Côte d'Ivoire", "Côte d'Ivoire")]
    [InlineData("NG", "Nigeria", "Nigeria")]
    [InlineData("CM", "Cameroon", "Cameroun")]
    [InlineData("DE", "Germany", "Allemagne")]
    [InlineData("VN", "Vietnam", "Viêt Nam")]
    [InlineData("CD", "Democratic Republic of the Congo", "République démocratique du Congo")]
    public void Find_NamesTheCountryInBothLanguages(string code, string english, string french)
    {
        var country = Countries.Find(code);

        Assert.NotNull(country);
        Assert.Equal(english, country.Name(french: false));
        Assert.Equal(french, country.Name(french: true));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("XK")]
    [InlineData("UK")]
    [InlineData("FRA")]
    public void IsKnown_RefusesWhatIsNotAnAssignedCode(string? code)
    {
        Assert.False(Countries.IsKnown(code));
        Assert.Null(Countries.Find(code));
    }

    [Fact]
    public void Sorted_InFrench_PutsAccentedNamesAmongTheirLetter()
    {
        var names = Countries.Sorted(french: true).Select(c => c.NameFr).ToList();

        Assert.Equal(249, names.Count);
        Assert.True(names.IndexOf("Danemark") < names.IndexOf("Égypte"));
        Assert.True(names.IndexOf("Égypte") < names.IndexOf("Espagne"));
        Assert.True(names.IndexOf("Hongrie") < names.IndexOf("Îles Caïmans"));
        Assert.True(names.IndexOf("Îles Caïmans") < names.IndexOf("Inde"));
    }

    [Fact]
    public void Sorted_InEnglish_StartsWithAfghanistanAndKeepsAlandAmongTheA()
    {
        var names = Countries.Sorted(french: false).Select(c => c.NameEn).ToList();

        Assert.Equal("Afghanistan", names[0]);
        Assert.True(names.IndexOf("Åland Islands") < names.IndexOf("Albania"));
        Assert.Equal("Zimbabwe", names[^1]);
    }
}
