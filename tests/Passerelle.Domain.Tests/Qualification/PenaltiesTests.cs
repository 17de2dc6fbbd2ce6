using Passerelle.Domain.Qualification;

namespace Passerelle.Domain.Tests.Qualification;

public class PenaltiesTests
{
    private static readonly QualificationFacts Adult = new()
    {
        AgeAtFacts = 30,
        Acts = [TraffickingAct.Transport],
        Means = [TraffickingMeans.Threat],
        Purposes = [ExploitationPurpose.Begging],
    };

    private static readonly QualificationFacts Child = Adult with { AgeAtFacts = 15, Means = [] };

    [Fact]
    public void Adult_Basic_Is7YearsAnd150000Euros()
    {
        var penalty = Penalties.For(Adult);

        Assert.Equal(("225-4-1 I", 7, 150_000L, false), (penalty.Article, penalty.Years, penalty.FineEuros, penalty.Crime));
        Assert.Equal("7 years' imprisonment and a fine of €150,000 (Criminal Code art. 225-4-1 I).", penalty.Text.English);
        Assert.Equal("7 ans d'emprisonnement et 150 000 € d'amende (C. pén., art. 225-4-1 I).", penalty.Text.French);
    }

    [Fact]
    public void Minor_Is10YearsAnd1500000Euros()
    {
        var penalty = Penalties.For(Child);

        Assert.Equal(("225-4-1 II", 10, 1_500_000L), (penalty.Article, penalty.Years, penalty.FineEuros));
    }

    [Theory(DisplayName = "Criminal Code 225-4-2 I: any circumstance of 1° to 7° gives an adult 10 years and €1.5M")]
    [InlineData(AggravatingCircumstance.SeveralVictims)] // 1°
    [InlineData(AggravatingCircumstance.VictimAbroadOrOnArrival)] // 2°
    [InlineData(AggravatingCircumstance.OnlineContact)] // 3°
    [InlineData(AggravatingCircumstance.RiskOfDeathOrMutilation)] // 4°
    [InlineData(AggravatingCircumstance.Violence)] // 5°
    [InlineData(AggravatingCircumstance.PublicOfficial)] // 6°
    [InlineData(AggravatingCircumstance.GraveSituation)] // 7°
    public void Adult_WithAnAdditionalCircumstance_Is10Years(AggravatingCircumstance circumstance) =>
        Assert.Equal(Penalties.Aggravated, Penalties.For(Adult with { Aggravating = [circumstance] }));

    [Theory(DisplayName = "Criminal Code 225-4-2 II: a minor victim with any circumstance of 225-4-2 I gives 15 years' criminal imprisonment")]
    [InlineData(AggravatingCircumstance.VictimAbroadOrOnArrival)]
    [InlineData(AggravatingCircumstance.OnlineContact)]
    [InlineData(AggravatingCircumstance.RiskOfDeathOrMutilation)]
    [InlineData(AggravatingCircumstance.GraveSituation)]
    public void Minor_WithASupplementaryCircumstance_Is15Years(AggravatingCircumstance circumstance) =>
        Assert.Equal(Penalties.AggravatedMinor, Penalties.For(Child with { Aggravating = [circumstance] }));

    [Fact(DisplayName = "Criminal Code 225-4-2 I: every circumstance 1° to 7° is modelled")]
    public void EveryCircumstanceOf225_4_2_I_IsModelled() => Assert.Equal(7, Penalties.SupplementaryCircumstances.Count);

    [Fact]
    public void Adult_WithTwoDifferentMeansCircumstances_Is10Years()
    {
        Assert.Equal(Penalties.Aggravated, Penalties.For(Adult with { Means = [TraffickingMeans.Threat, TraffickingMeans.Payment] }));
        Assert.Equal(Penalties.Aggravated, Penalties.For(Adult with { Aggravating = [AggravatingCircumstance.VulnerablePerson] }));
        Assert.Equal((10, 1_500_000L), (Penalties.Aggravated.Years, Penalties.Aggravated.FineEuros));
    }

    [Fact]
    public void Adult_WithTwoMeansOfTheSameCircumstance_IsNotAggravated()
    {
        // Threat, force and deception are all 225-4-1 I 1°; abuse of vulnerability and a vulnerable person are both 3°.
        Assert.Equal(Penalties.Basic, Penalties.For(Adult with { Means = [TraffickingMeans.Threat, TraffickingMeans.Force, TraffickingMeans.Deception] }));
        Assert.Equal(Penalties.Basic, Penalties.For(Adult with
        {
            Means = [TraffickingMeans.AbuseOfVulnerability],
            Aggravating = [AggravatingCircumstance.VulnerablePerson],
        }));
    }

    [Fact]
    public void Minor_WithAMeansOrAnAggravatingCircumstance_Is15YearsCriminal()
    {
        Assert.Equal(Penalties.AggravatedMinor, Penalties.For(Child with { Means = [TraffickingMeans.Deception] }));
        Assert.Equal(Penalties.AggravatedMinor, Penalties.For(Child with { Aggravating = [AggravatingCircumstance.SeveralVictims] }));
        Assert.Equal(("225-4-2 II", 15, 1_500_000L, true),
            (Penalties.AggravatedMinor.Article, Penalties.AggravatedMinor.Years, Penalties.AggravatedMinor.FineEuros, Penalties.AggravatedMinor.Crime));
    }

    [Fact]
    public void OrganisedGroup_Is20YearsAnd3000000Euros()
    {
        var penalty = Penalties.For(Adult with { Aggravating = [AggravatingCircumstance.OrganisedGroup, AggravatingCircumstance.SeveralVictims] });

        Assert.Equal(("225-4-3", 20, 3_000_000L, true), (penalty.Article, penalty.Years, penalty.FineEuros, penalty.Crime));
    }

    [Fact]
    public void TortureOrBarbarity_IsLife()
    {
        var penalty = Penalties.For(Child with { Aggravating = [AggravatingCircumstance.OrganisedGroup, AggravatingCircumstance.TortureOrBarbarity] });

        Assert.Equal("225-4-4", penalty.Article);
        Assert.True(penalty.Life);
        Assert.Equal(4_500_000L, penalty.FineEuros);
        Assert.Equal("Life imprisonment and a fine of €4,500,000 (Criminal Code art. 225-4-4).", penalty.Text.English);
    }
}
