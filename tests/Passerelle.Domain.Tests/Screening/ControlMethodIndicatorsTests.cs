using Passerelle.Domain.Htcds;
using Passerelle.Domain.Screening;

namespace Passerelle.Domain.Tests.Screening;

public class ControlMethodIndicatorsTests
{
    private static readonly IndicatorCatalogue Catalogue = IndicatorCatalogue.Default;

    /// <summary>Each pair says the same thing: the indicator's English text names what the method names.</summary>
    [Theory]
    [InlineData(MethodOfControl.WithholdsDocuments, "Confiscation of identity or travel documents")]
    [InlineData(MethodOfControl.DebtBondage, "Debt bondage")]
    [InlineData(MethodOfControl.PhysicalAbuse, "Violence on the victim")]
    [InlineData(MethodOfControl.SexualAbuse, "Violence on the victim")]
    [InlineData(MethodOfControl.PhysicalThreats, "Threats of violence against the victim")]
    [InlineData(MethodOfControl.ThreatsLawEnforcement, "Threat of denunciation to the authorities")]
    [InlineData(MethodOfControl.ThreatensChildrenFamily, "Violence or threats of violence against the family")]
    [InlineData(MethodOfControl.TakesEarnings, "Withholding of wages or earnings")]
    [InlineData(MethodOfControl.ExcessiveWorkingHours, "Excessive working days or hours")]
    public void A_method_points_to_the_indicator_of_the_same_meaning_in_every_list(MethodOfControl method, string text)
    {
        foreach (var population in Enum.GetValues<Population>())
        {
            foreach (var exploitation in Enum.GetValues<ExploitationList>())
            {
                var suggested = ControlMethodIndicators.Suggested(Catalogue.For(population, exploitation), [method]);
                var code = Assert.Single(suggested.Keys);
                Assert.StartsWith(text, Catalogue.For(population, exploitation).Find(code)!.Text.English, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData(MethodOfControl.FalsePromises)]
    [InlineData(MethodOfControl.PsychologicalAbuse)]
    [InlineData(MethodOfControl.RestrictsMedicalCare)]
    [InlineData(MethodOfControl.Other)]
    public void A_method_without_an_indicator_of_the_same_meaning_suggests_nothing(MethodOfControl method) =>
        Assert.Empty(ControlMethodIndicators.Suggested(Catalogue.For(Population.Adult, ExploitationList.Labour), [method]));

    [Fact]
    public void Two_methods_of_one_meaning_suggest_one_indicator_naming_both()
    {
        var suggested = ControlMethodIndicators.Suggested(
            Catalogue.For(Population.Adult, ExploitationList.Sexual),
            [MethodOfControl.SexualAbuse, MethodOfControl.DebtBondage, MethodOfControl.PhysicalAbuse, MethodOfControl.DebtBondage]);

        Assert.Equal(["CD-02", "CD-04"], suggested.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([MethodOfControl.SexualAbuse, MethodOfControl.PhysicalAbuse], suggested["CD-04"]);
    }
}
