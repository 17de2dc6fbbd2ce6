using System.Text.Json.Nodes;
using Passerelle.Domain.Screening;
using Passerelle.Domain.Texts;

namespace Passerelle.Domain.Tests.Screening;

public class IndicatorCatalogueTests
{
    private static readonly IndicatorCatalogue Catalogue = IndicatorCatalogue.Default;

    public static TheoryData<Population, ExploitationList> Lists()
    {
        var data = new TheoryData<Population, ExploitationList>();
        foreach (var id in IndicatorListId.All)
        {
            data.Add(id.Population, id.Exploitation);
        }

        return data;
    }

    [Fact]
    public void Default_IsTheShippedVersion_WithItsSourceAndProvisionalFlag()
    {
        Assert.Equal("ilo-ec-2009.v1", Catalogue.Version);
        Assert.Contains("WCMS_105023", Catalogue.Source, StringComparison.Ordinal);
        Assert.True(Catalogue.Provisional);
        Assert.NotEmpty(Catalogue.Notes);
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void EveryList_HasUniqueCodes(Population population, ExploitationList exploitation)
    {
        var codes = Catalogue.For(population, exploitation).Indicators.Select(i => i.Code).ToArray();

        Assert.Equal(codes.Length, codes.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void EveryList_HasIndicatorsInEveryDimension(Population population, ExploitationList exploitation)
    {
        var list = Catalogue.For(population, exploitation);

        Assert.All(Dimensions.All, d => Assert.NotEmpty(list.In(d)));
    }

    [Fact]
    public void EveryCode_StartsWithItsDimensionPrefix_AndHasBothWordings() =>
        Assert.All(Catalogue.Indicators, i =>
        {
            Assert.StartsWith(Dimensions.CodePrefix(i.Dimension) + "-", i.Code, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(i.Text.French));
            Assert.False(string.IsNullOrWhiteSpace(i.Text.English));
        });

    [Theory]
    [InlineData("DR-01", "adult-labour", Strength.Strong)]
    [InlineData("DR-10", "adult-labour", Strength.Weak)]
    [InlineData("DR-10", "child-labour", Strength.Strong)]
    [InlineData("CR-04", "adult-labour", Strength.Medium)]
    [InlineData("CR-04", "child-labour", Strength.Strong)]
    [InlineData("RV-15", "adult-labour", Strength.Weak)]
    [InlineData("RV-15", "child-labour", Strength.Medium)]
    [InlineData("EC-01", "adult-labour", Strength.Strong)]
    [InlineData("EC-09", "child-labour", Strength.Medium)]
    [InlineData("CD-01", "adult-labour", Strength.Strong)]
    [InlineData("CD-08", "child-labour", Strength.Strong)]
    [InlineData("CD-15", "adult-labour", Strength.Weak)]
    [InlineData("VD-07", "adult-labour", Strength.Weak)]
    [InlineData("VD-07", "child-labour", Strength.Medium)]
    [InlineData("CD-07", "adult-sexual", Strength.Strong)]
    [InlineData("CD-16", "adult-sexual", Strength.Strong)]
    [InlineData("EC-06", "child-sexual", Strength.Strong)]
    public void Ratings_FollowDomainSection8(string code, string list, Strength strength)
    {
        Assert.True(IndicatorListId.TryParse(list, out var id));
        Assert.Equal(strength, Catalogue.For(id).Find(code)?.Strength);
    }

    [Theory]
    [InlineData("RV-14", "child-labour")]
    [InlineData("EC-08", "child-labour")]
    [InlineData("EC-10", "adult-sexual")]
    [InlineData("CD-16", "adult-labour")]
    public void SomeIndicators_AreAbsentFromSomeLists(string code, string list)
    {
        Assert.True(IndicatorListId.TryParse(list, out var id));
        Assert.Null(Catalogue.For(id).Find(code));
        Assert.NotNull(Catalogue.Find(code));
    }

    [Theory]
    [InlineData("CD-07")]
    [InlineData("CD-16")]
    [InlineData("EC-06")]
    [InlineData("EC-10")]
    [InlineData("RV-12")]
    [InlineData("RV-13")]
    public void Adaptations_AreFlaggedProvisionalWithANote(string code)
    {
        var indicator = Catalogue.Find(code)!;

        Assert.True(indicator.Provisional);
        Assert.False(string.IsNullOrWhiteSpace(indicator.Note));
    }

    [Fact]
    public void Json_RoundTrips()
    {
        var json = Catalogue.ToJson();
        var reparsed = IndicatorCatalogue.Parse(json);

        Assert.True(reparsed.IsValid, string.Join(Environment.NewLine, reparsed.Errors));
        Assert.Equal(json, reparsed.Catalogue!.ToJson());
        Assert.Equal(Catalogue.Indicators, reparsed.Catalogue.Indicators, (a, b) =>
            a.Code == b.Code && a.Dimension == b.Dimension && a.Text == b.Text && a.Provisional == b.Provisional
            && a.Note == b.Note && a.Ratings.Count == b.Ratings.Count && a.Ratings.All(r => b.Ratings[r.Key] == r.Value));
    }

    [Fact]
    public void Json_IsTheShippedFile_SoThePublishedFormIsTheEditedForm()
    {
        using var stream = typeof(IndicatorCatalogue).Assembly.GetManifestResourceStream("Passerelle.Domain.Screening.Catalogue.ilo-ec-2009.v1.json")!;
        using var reader = new StreamReader(stream);

        Assert.Equal(reader.ReadToEnd().TrimEnd(), Catalogue.ToJson());
    }

    [Fact]
    public void Parse_RefusesInvalidJson()
    {
        var result = IndicatorCatalogue.Parse("{ \"version\": ");

        Assert.False(result.IsValid);
        Assert.StartsWith("$: the catalogue is not valid JSON", Assert.Single(result.Errors), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]", "$: the catalogue must be a JSON object.")]
    [InlineData("{}", "$.version: required, a non-empty text.")]
    [InlineData("{}", "$.indicators: required, an array of indicators.")]
    [InlineData("{}", "$.provisional: required, true or false.")]
    [InlineData("{\"version\":\"V 2\",\"source\":\"s\",\"provisional\":false,\"indicators\":[]}", "$.version: use lower-case letters, digits, dots and hyphens, such as ilo-ec-2009.v2.")]
    [InlineData("{\"version\":\"v2\",\"source\":\"s\",\"provisional\":false,\"indicators\":[]}", "$.indicators: a catalogue has between 1 and 500 indicators.")]
    public void Parse_RefusesAMalformedCatalogue(string json, string error) =>
        Assert.Contains(error, IndicatorCatalogue.Parse(json).Errors);

    [Fact]
    public void Parse_NamesEveryBadIndicator_ByItsPath()
    {
        var json = Mutate(indicators =>
        {
            indicators[1]!["code"] = "DR-01";
            indicators[2]!["dimension"] = "deception";
            indicators[3]!["ratings"]!["adult-labour"] = "strongest";
            indicators[4]!["ratings"]!["adults-labour"] = "strong";
            indicators[5]!["code"] = "CR-99";
            indicators[6]!["text"]!["fr"] = "";
            indicators[7]!["rating"] = "strong";
        });

        var errors = IndicatorCatalogue.Parse(json).Errors;

        Assert.Contains("$.indicators[1].code: DR-01 is already used by $.indicators[0]; codes are unique.", errors);
        Assert.Contains(errors, e => e.StartsWith("$.indicators[2].dimension: 'deception' is not a dimension (deceptive-recruitment, ", StringComparison.Ordinal));
        Assert.Contains("$.indicators[3].ratings.adult-labour: 'strongest' is not a strength (strong, medium or weak).", errors);
        Assert.Contains("$.indicators[4].ratings: 'adults-labour' is not a list (adult-labour, child-labour, adult-sexual, child-sexual).", errors);
        Assert.Contains("$.indicators[5].code: 'CR-99' must be DR- followed by two or three digits (such as DR-01) for dimension deceptive-recruitment.", errors);
        Assert.Contains("$.indicators[6].text.fr: required, a non-empty text.", errors);
        Assert.Contains("$.indicators[7]: unknown property 'rating' (expected code, dimension, text, ratings, provisional, note).", errors);
    }

    [Fact]
    public void Parse_RefusesAListWithoutADimension()
    {
        var json = Mutate(indicators =>
        {
            foreach (var indicator in indicators.Where(i => (string?)i!["dimension"] == "abuse-of-vulnerability-at-destination"))
            {
                indicator!["ratings"]!.AsObject().Remove("child-sexual");
            }
        });

        Assert.Equal(
            ["$.indicators: list child-sexual has no indicator in dimension abuse-of-vulnerability-at-destination."],
            IndicatorCatalogue.Parse(json).Errors);
    }

    [Fact]
    public void Parse_AcceptsANewVersion_AndScreeningsUseIt()
    {
        var json = Mutate(indicators => indicators[0]!["ratings"]!["adult-labour"] = "weak", version: "ilo-ec-2009.v2");

        var catalogue = IndicatorCatalogue.Parse(json).Catalogue!;
        var result = ScreeningEngine.Screen(catalogue.For(Population.Adult, ExploitationList.Labour), ["DR-01"]).Result!;

        Assert.Equal("ilo-ec-2009.v2", result.CatalogueVersion);
        Assert.Equal(1, result[Dimension.DeceptiveRecruitment].Weak);
    }

    [Fact]
    public void ListText_IsInEitherLanguage()
    {
        var indicator = Catalogue.For(Population.Adult, ExploitationList.Labour).Find("CR-04")!;

        Assert.Equal("Debt bondage", indicator.Text.In(Language.English));
        Assert.Equal("Servitude pour dettes", indicator.Text.In(Language.French));
    }

    private static string Mutate(Action<JsonArray> change, string? version = null)
    {
        var root = JsonNode.Parse(Catalogue.ToJson())!.AsObject();
        change(root["indicators"]!.AsArray());
        if (version is not null)
        {
            root["version"] = version;
        }

        return root.ToJsonString();
    }
}
