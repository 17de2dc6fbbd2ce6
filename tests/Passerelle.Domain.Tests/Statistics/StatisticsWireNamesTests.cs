using Passerelle.Domain.Cases;
using Passerelle.Domain.Statistics.Anonymity;
using Passerelle.Domain.Statistics.Dimensions;
using Passerelle.Domain.Statistics.Disclosure;
using Passerelle.Domain.Statistics.Measures;
using Passerelle.Domain.Texts;

namespace Passerelle.Domain.Tests.Statistics;

/// <summary>The exact strings issue 6 and the API use: measures in kebab-case, dimensions in camelCase.</summary>
public class StatisticsWireNamesTests
{
    private static string[] Names<TEnum>()
        where TEnum : struct, Enum => [.. Enum.GetValues<TEnum>().Select(v => KebabCase.Of(v))];

    [Fact]
    public void Measures_AreKebabCase() => Assert.Equal(
        [
            "registered", "screened", "rg-positive", "cg-positive", "assisted", "sheltered", "reflection-periods",
            "residence-permits", "residence-permits-first", "residence-permits-renewal", "aps", "exit-pathway",
            "complaints", "compensation-claimed", "compensation-granted", "compensation-claimed-amount",
            "compensation-granted-amount", "confiscations", "children-missing", "charged-trafficking",
            "charged-procuring", "charged-both", "prosecuted", "convicted",
        ],
        Names<Measure>());

    [Fact]
    public void Catalogue_HasEveryMeasureOnce_AmountsApart()
    {
        Assert.Equal(Enum.GetValues<Measure>().Order(), MeasureCatalogue.All.Select(d => d.Measure).Order());
        Assert.Equal(
            [Measure.CompensationClaimedAmount, Measure.CompensationGrantedAmount, Measure.Confiscations],
            MeasureCatalogue.All.Where(d => d.Kind == MeasureKind.Amount).Select(d => d.Measure));
        Assert.True(MeasureCatalogue.TryParse("rg-positive", out var measure));
        Assert.Equal(Measure.RgPositive, measure);
    }

    [Fact]
    public void Dimensions_AreCamelCase()
    {
        Assert.Equal(
            ["year", "quarter", "sex", "ageGroup", "childOrAdult", "nationality", "nationalityGroup", "exploitationForm", "recruitmentMeans", "departement", "region", "agencyType", "forcedLabourIndustry", "sexExploitationType", "exploitationCountry"],
            StatisticalDimensions.All.Select(StatisticalDimensions.Name));
        Assert.True(StatisticalDimensions.TryParse("ageGroup", out var dimension));
        Assert.Equal(StatisticalDimension.AgeGroup, dimension);
        Assert.False(StatisticalDimensions.TryParse("age-group", out _));
    }

    [Fact]
    public void Categories_AndProtectionNames() => Assert.All(
        [
            (Names<NationalityGroup>(), new[] { "france", "eu", "non-eu", "unknown" }),
            (Names<ChildOrAdult>(), ["child", "adult", "unknown"]),
            (Names<RecruitmentMeans>(), ["family", "partner-or-acquaintance", "job-offer", "online-social-network", "online-advertisement", "abduction", "other"]),
            (Names<DisclosureMethod>(), ["suppression", "rounding", "cell-key"]),
            (Names<CellStatus>(), ["published", "primary-suppressed", "complementary-suppressed", "rounded", "perturbed"]),
            (Names<QuasiIdentifier>(), ["sex", "age-group", "nationality", "exploitation-form", "year", "departement"]),
            (AgeGroups.All.Select(AgeGroups.Code).ToArray(), ["under-15", "15-17", "18-24", "25-34", "35-44", "45-and-over", "unknown"]),
        ],
        pair => Assert.Equal(pair.Item2, pair.Item1));
}
