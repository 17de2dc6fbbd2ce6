using Passerelle.Domain.Linkage.Standardisation;

namespace Passerelle.Domain.Tests.Linkage;

public class StandardisationTests
{
    [Theory]
    [InlineData("Élodie", "elodie")]
    [InlineData("  FRANÇOIS-Xavier ", "francois xavier")]
    [InlineData("N'Diaye", "n diaye")]
    [InlineData("Иванов", "ivanov")]
    [InlineData("Ştefănescu", "stefanescu")]
    public void Fold_TransliteratesAndLowercases(string raw, string expected) =>
        Assert.Equal(expected, TextFolding.Fold(raw));

    [Fact]
    public void Fold_WritesChineseAndArabicInLatinLetters()
    {
        Assert.Equal("wang", TextFolding.Fold("王"));
        Assert.Matches("^[a-z]+$", TextFolding.Fold("محمد"));
    }

    [Theory]
    [InlineData("de la Fontaine", "fontaine")]
    [InlineData("Lafontaine", "lafontaine")]
    [InlineData("El Amrani", "amrani")]
    [InlineData("van der Berg", "berg")]
    [InlineData("D'Arc", "arc")]
    [InlineData("Le", "le")]
    public void FamilyName_DropsParticlesUnlessAlone(string raw, string joined) =>
        Assert.Equal(joined, NameStandardiser.FamilyName(raw).Joined);

    [Fact]
    public void GivenName_DropsHonorificsAndKeepsEveryGivenName()
    {
        var name = NameStandardiser.GivenName("Mme Marie-Thérèse Anne");
        Assert.Equal(["marie", "therese", "anne"], name.Words);
        Assert.Equal("mariethereseanne", name.Joined);
        Assert.Equal("marie", name.First);
    }

    [Fact]
    public void GivenName_KeepsParticlesThatAreNames() =>
        Assert.Equal("ben", NameStandardiser.GivenName("Ben").Joined);

    [Theory]
    [InlineData("19800102", 1980, 1, 2)]
    [InlineData("1980-01-02", 1980, 1, 2)]
    [InlineData("02/01/1980", 1980, 1, 2)]
    [InlineData("02.01.1980", 1980, 1, 2)]
    [InlineData("02011980", 1980, 1, 2)]
    [InlineData("1980", 1980, 0, 0)]
    [InlineData("00/00/1980", 1980, 0, 0)]
    [InlineData("01/1980", 1980, 1, 0)]
    [InlineData("1980-25-12", 1980, 12, 25)]
    public void PartialDate_ReadsCommonFormats(string text, int year, int month, int day)
    {
        Assert.True(PartialDate.TryParse(text, out var date));
        Assert.Equal(new PartialDate(year, month, day), date);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("unknown")]
    [InlineData("1980-13-13")]
    [InlineData("0999")]
    public void PartialDate_RefusesWhatIsNotADate(string? text) => Assert.False(PartialDate.TryParse(text, out _));

    [Theory]
    [InlineData("F", 'f')]
    [InlineData("Femme", 'f')]
    [InlineData("féminin", 'f')]
    [InlineData("H", 'm')]
    [InlineData("male", 'm')]
    [InlineData("?", '\0')]
    [InlineData(null, '\0')]
    public void Sex_IsReadOrUnknown(string? raw, char expected) => Assert.Equal(expected, SexStandardiser.Standardise(raw));

    [Theory]
    [InlineData("+33 6 12 34 56 78", "612345678")]
    [InlineData("06.12.34.56.78", "612345678")]
    [InlineData("0033612345678", "612345678")]
    public void Phone_KeepsTheNationalNumber(string raw, string expected) =>
        Assert.Equal(expected, ContactStandardiser.Phone(raw));

    [Theory]
    [InlineData("Roumanie", "RO")]
    [InlineData("nigeria", "NG")]
    [InlineData("fr", "FR")]
    [InlineData("Erythrée", "ER")]
    [InlineData("Côte d'Ivoire", "CI")]
    public void Nationality_IsACodeWhenKnown(string raw, string expected) =>
        Assert.Equal(expected, ContactStandardiser.Nationality(raw));

    [Fact]
    public void Nationality_IsFoldedTextWhenUnknown() =>
        Assert.Equal("atlantide", ContactStandardiser.Nationality("Atlantide"));

    [Theory]
    [InlineData("12 bd Voltaire", "12 boulevard voltaire")]
    [InlineData("3, av. de la République", "3 avenue de la republique")]
    public void Street_ExpandsAbbreviations(string raw, string expected) =>
        Assert.Equal(expected, ContactStandardiser.Street(raw));

    [Theory]
    [InlineData("Paris 18e", "paris")]
    [InlineData("St-Denis CEDEX", "saint denis")]
    public void City_DropsArrondissementAndCedex(string raw, string expected) =>
        Assert.Equal(expected, ContactStandardiser.City(raw));
}
