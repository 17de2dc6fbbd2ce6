using Passerelle.Domain.Screening;
using Passerelle.Domain.Texts;

namespace Passerelle.Domain.Tests.Screening;

public class ScreeningEngineTests
{
    private static readonly IndicatorCatalogue Catalogue = IndicatorCatalogue.Default;

    private static ScreeningResult Screen(Population population, ExploitationList exploitation, params string[] codes)
    {
        var outcome = ScreeningEngine.Screen(Catalogue, population, exploitation, codes);
        Assert.True(outcome.IsValid, string.Join(" ", outcome.Errors.SelectMany(e => e.Value)));
        return outcome.Result!;
    }

    // Adult labour, coercion at destination: CD-01..04 strong, CD-05 and CD-09..11 medium, CD-15 weak.
    [Theory]
    [InlineData("two strong", true, "CD-01", "CD-02")]
    [InlineData("one strong and one weak", true, "CD-01", "CD-15")]
    [InlineData("one strong and one medium", true, "CD-01", "CD-05")]
    [InlineData("three medium", true, "CD-09", "CD-10", "CD-11")]
    [InlineData("two medium and one weak", true, "CD-09", "CD-10", "CD-15")]
    [InlineData("two medium alone", false, "CD-09", "CD-10")]
    [InlineData("one strong alone", false, "CD-01")]
    [InlineData("one medium and one weak", false, "CD-09", "CD-15")]
    public void Dimension_IsPresentOnlyWhenTheRuleIsMet(string situation, bool present, params string[] codes)
    {
        var result = Screen(Population.Adult, ExploitationList.Labour, codes);

        Assert.True(present == result[Dimension.CoercionAtDestination].Present, situation);
    }

    [Fact]
    public void Dimension_CountsObservedIndicatorsByStrength()
    {
        var result = Screen(Population.Adult, ExploitationList.Labour, "CD-01", "CD-05", "CD-09", "CD-15");

        var coercion = result[Dimension.CoercionAtDestination];
        Assert.Equal((1, 2, 1), (coercion.Strong, coercion.Medium, coercion.Weak));
        Assert.All(result.Dimensions.Where(d => d.Dimension != Dimension.CoercionAtDestination),
            d => Assert.Equal((0, 0, 0, false), (d.Strong, d.Medium, d.Weak, d.Present)));
        Assert.Equal(6, result.Dimensions.Count);
    }

    [Fact]
    public void Adult_WithRecruitmentExploitationAndDestination_IsIndicative()
    {
        var result = Screen(Population.Adult, ExploitationList.Labour,
            "DR-01", "DR-02", // deceptive recruitment: strong + medium
            "EC-01", "EC-02", // exploitative conditions: strong + medium
            "CD-01", "CD-02"); // coercion at destination: two strong

        Assert.Equal(ScreeningVerdict.Indicative, result.Verdict);
    }

    [Fact]
    public void Adult_WithAbuseOfVulnerabilityForBothMeans_IsIndicative()
    {
        var result = Screen(Population.Adult, ExploitationList.Labour,
            "RV-01", "RV-02", "RV-03",
            "EC-01", "EC-09",
            "VD-01", "VD-02", "VD-06");

        Assert.Equal(ScreeningVerdict.Indicative, result.Verdict);
    }

    [Fact]
    public void Adult_MissingTheRecruitmentMeans_IsPartial()
    {
        var result = Screen(Population.Adult, ExploitationList.Labour, "EC-01", "EC-02", "CD-01", "CD-02");

        Assert.Equal(ScreeningVerdict.Partial, result.Verdict);
        Assert.Contains(result.Explanation(Language.English), l => l.StartsWith("Not established for an adult: a recruitment dimension", StringComparison.Ordinal));
    }

    [Fact]
    public void Adult_MissingTheDestinationMeans_IsPartial()
    {
        var result = Screen(Population.Adult, ExploitationList.Labour, "DR-01", "DR-02", "EC-01", "EC-02");

        Assert.Equal(ScreeningVerdict.Partial, result.Verdict);
    }

    [Fact]
    public void Adult_WithExploitativeConditionsOnly_IsPartial() =>
        Assert.Equal(ScreeningVerdict.Partial, Screen(Population.Adult, ExploitationList.Labour, "EC-01", "EC-02").Verdict);

    [Fact]
    public void Child_WithExploitativeConditionsOnly_IsIndicative()
    {
        var result = Screen(Population.Child, ExploitationList.Labour, "EC-01", "EC-09");

        Assert.Equal(ScreeningVerdict.Indicative, result.Verdict);
        Assert.Contains("A child needs no means", result.Explanation(Language.English)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Child_WithMeansButNoExploitativeConditions_IsPartial()
    {
        var result = Screen(Population.Child, ExploitationList.Labour, "CR-01", "CR-02", "CD-01", "CD-02");

        Assert.Equal(ScreeningVerdict.Partial, result.Verdict);
        Assert.Contains("Not established: exploitative conditions, which alone suffice for a child.", result.Explanation(Language.English));
    }

    [Fact]
    public void Child_RatingsDifferFromAdults()
    {
        // CD-05 (threats of violence) is strong for children, medium for adults: alone with CD-09 it is present only for a child.
        Assert.True(Screen(Population.Child, ExploitationList.Labour, "CD-05", "CD-09")[Dimension.CoercionAtDestination].Present);
        Assert.False(Screen(Population.Adult, ExploitationList.Labour, "CD-05", "CD-09")[Dimension.CoercionAtDestination].Present);
    }

    [Fact]
    public void NoDimensionPresent_IsNotIndicative()
    {
        var result = Screen(Population.Adult, ExploitationList.Labour, "DR-02", "EC-02", "CD-15");

        Assert.Equal(ScreeningVerdict.NotIndicative, result.Verdict);
        Assert.Contains(result.Explanation(Language.English), l => l.StartsWith("This does not mean the person is not a victim", StringComparison.Ordinal));
    }

    [Fact]
    public void SexualList_ChildUsedForProstitutionWithBadLivingConditions_IsIndicative() =>
        Assert.Equal(ScreeningVerdict.Indicative, Screen(Population.Child, ExploitationList.Sexual, "EC-10", "EC-04").Verdict);

    [Fact]
    public void EmptyList_IsRefused()
    {
        var outcome = ScreeningEngine.Screen(Catalogue, Population.Adult, ExploitationList.Labour, []);

        Assert.False(outcome.IsValid);
        Assert.True(outcome.NoIndicators);
        Assert.Equal(["Record at least one indicator observed."], outcome.Errors[ScreeningOutcome.Field]);
    }

    [Fact]
    public void BlankCodes_CountAsEmpty() =>
        Assert.True(ScreeningEngine.Screen(Catalogue, Population.Adult, ExploitationList.Labour, [" ", ""]).NoIndicators);

    [Fact]
    public void UnknownCodes_AreNamed()
    {
        var outcome = ScreeningEngine.Screen(Catalogue, Population.Adult, ExploitationList.Labour, ["DR-01", "XX-99", "dr-77"]);

        Assert.False(outcome.IsValid);
        Assert.Equal(["XX-99", "DR-77"], outcome.UnknownCodes);
        Assert.Equal(["Unknown indicator codes: XX-99, DR-77."], outcome.Errors[ScreeningOutcome.Field]);
    }

    [Fact]
    public void CodesFromAnotherList_AreNamed()
    {
        // EC-10 and CD-16 exist only in sexual-exploitation lists; RV-14 is not in the child labour list.
        var labour = ScreeningEngine.Screen(Catalogue, Population.Adult, ExploitationList.Labour, ["EC-01", "EC-10", "CD-16"]);
        var child = ScreeningEngine.Screen(Catalogue, Population.Child, ExploitationList.Labour, ["RV-14"]);

        Assert.Equal(["EC-10", "CD-16"], labour.CodesFromAnotherList);
        Assert.Empty(labour.UnknownCodes);
        Assert.Equal(["RV-14"], child.CodesFromAnotherList);
        Assert.Contains("not in the list used for this screening: EC-10, CD-16", labour.Errors[ScreeningOutcome.Field][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Codes_AreTrimmedCaseInsensitiveAndCountedOnce()
    {
        var result = Screen(Population.Adult, ExploitationList.Labour, " cd-01 ", "CD-01", "cd-01");

        Assert.Equal(1, result[Dimension.CoercionAtDestination].Strong);
    }

    [Fact]
    public void Result_RecordsTheCatalogueVersionAndList()
    {
        var result = Screen(Population.Child, ExploitationList.Sexual, "EC-10");

        Assert.Equal(IndicatorCatalogue.DefaultVersion, result.CatalogueVersion);
        Assert.Equal((Population.Child, ExploitationList.Sexual), (result.Population, result.Exploitation));
    }

    [Fact]
    public void Explanation_CitesTheIndicatorsThatCarriedTheDecision_InEitherLanguage()
    {
        var result = Screen(Population.Adult, ExploitationList.Labour, "DR-01", "DR-02", "EC-01", "EC-02", "CD-01", "CD-02", "VD-01");

        var english = result.Explanation(Language.English);
        var french = result.Explanation(Language.French);

        Assert.StartsWith("Indicative of trafficking", english[0], StringComparison.Ordinal);
        Assert.Contains("Deceptive recruitment: present (1 strong, 1 medium) — DR-01 “Deceived about the nature of the job, the location or the employer”; DR-02 “Deceived about wages or earnings”.", english);
        Assert.Contains("Abuse of vulnerability at destination: not established (1 medium) — VD-01 “Dependency on the exploiters”.", english);
        Assert.Contains("Catalogue ilo-ec-2009.v1, list: adult, labour exploitation.", english);

        Assert.StartsWith("Indicatif de traite", french[0], StringComparison.Ordinal);
        Assert.Contains("Contrainte à destination : dimension présente (2 forts) — CD-01 « Confiscation des documents d'identité ou de voyage » ; CD-02 « Servitude pour dettes ».", french);
        Assert.Contains("Catalogue ilo-ec-2009.v1, liste : adulte, exploitation par le travail.", french);
        Assert.Equal(english.Count, french.Count);
    }

    [Fact]
    public void Explanation_ForAChild_NamesTheOtherDimensionsThatAddWeight()
    {
        var result = Screen(Population.Child, ExploitationList.Labour, "EC-01", "EC-02", "CR-01", "CR-02");

        Assert.Contains("The other dimensions present (coercive recruitment) add weight to the finding.", result.Explanation(Language.English));
    }
}
