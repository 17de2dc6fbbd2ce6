using Passerelle.Domain.Cases;
using Passerelle.Domain.Children;
using Passerelle.Domain.Screening;

namespace Passerelle.Domain.Tests.Children;

public class AgeDeterminationTests
{
    private static readonly DateOnly Recorded = new(2026, 3, 1);
    private static readonly DateOnly Today = new(2026, 6, 15);

    private static readonly CaseFacts Disputed = new()
    {
        Pseudonym = "Amani",
        Departement = "93",
        EstimatedAge = 19,
        AgeDisputed = true,
        ExploitationForms = [ExploitationForm.ForcedCriminality],
        DetectedOn = Recorded,
    };

    [Fact]
    public void DisputedAge_WithoutAssessment_IsPresumedAChild()
    {
        var decision = AgeDetermination.Decide(Disputed, [], Today, Recorded);

        Assert.Equal((Population.Child, AgeBasis.Presumption), (decision.Population, decision.Basis));
        Assert.Equal(PopulationBasis.AgeDisputed, decision.Presumption!.Basis);
    }

    [Fact]
    public void ConclusiveAssessment_EndsThePresumption()
    {
        var evaluation = new AgeAssessment(new(2026, 5, 2), AgeAssessmentMethod.SocialEvaluation, AgeAssessmentResult.Adult, "ASE 93");

        var decision = AgeDetermination.Decide(Disputed, [evaluation], Today, Recorded);

        Assert.Equal(new AgeDecision(Population.Adult, AgeBasis.AssessedAdult, evaluation), decision);
    }

    [Fact]
    public void AssessmentAfterTheDay_IsNotKnownYet() =>
        Assert.Equal(Population.Child, AgeDetermination.Decide(
            Disputed, [new(new(2026, 7, 1), AgeAssessmentMethod.SocialEvaluation, AgeAssessmentResult.Adult)], Today, Recorded).Population);

    [Theory]
    [InlineData(AgeAssessmentMethod.BoneExamination, AgeAssessmentResult.Adult)] // Code civil art. 388
    [InlineData(AgeAssessmentMethod.SocialEvaluation, AgeAssessmentResult.Inconclusive)] // the doubt benefits the person
    public void NonConclusiveAssessment_KeepsThePresumption(AgeAssessmentMethod method, AgeAssessmentResult result)
    {
        var decision = AgeDetermination.Decide(Disputed, [new(new(2026, 5, 2), method, result)], Today, Recorded);

        Assert.Equal((Population.Child, AgeBasis.Presumption), (decision.Population, decision.Basis));
    }

    [Fact]
    public void LatestConclusiveAssessment_Wins()
    {
        AgeAssessment[] assessments =
        [
            new(new(2026, 4, 1), AgeAssessmentMethod.SocialEvaluation, AgeAssessmentResult.Adult),
            new(new(2026, 6, 1), AgeAssessmentMethod.JudicialDecision, AgeAssessmentResult.Minor),
            new(new(2026, 6, 10), AgeAssessmentMethod.BoneExamination, AgeAssessmentResult.Adult),
        ];

        var decision = AgeDetermination.Decide(Disputed, assessments, Today, Recorded);

        Assert.Equal((Population.Child, AgeBasis.AssessedMinor, AgeAssessmentMethod.JudicialDecision), (decision.Population, decision.Basis, decision.Assessment!.Method));
    }

    [Fact]
    public void UndisputedAdult_WithoutAssessment_FollowsTheRecordedAge() =>
        Assert.Equal(Population.Adult, AgeDetermination.Decide(Disputed with { AgeDisputed = false }, [], Today, Recorded).Population);
}

public class AgeDeterminationAsPopulationTests
{
    private static readonly DateOnly Recorded = new(2026, 3, 1);
    private static readonly DateOnly Today = new(2026, 6, 15);

    private static readonly CaseFacts Sixteen = new()
    {
        Pseudonym = "Amani",
        Departement = "93",
        EstimatedAge = 16,
        ExploitationForms = [ExploitationForm.ForcedCriminality],
        DetectedOn = Recorded,
    };

    [Fact]
    public void ConclusiveAssessment_OverridesADisputeRaisedOnTheScreeningForm()
    {
        var adult = new AgeAssessment(new(2026, 5, 2), AgeAssessmentMethod.SocialEvaluation, AgeAssessmentResult.Adult);

        var decision = AgeDetermination.Decide(Sixteen, [adult], Today, Recorded, ageDisputed: true);

        Assert.Equal(new PopulationDecision(Population.Adult, PopulationBasis.AgeAssessed), decision.AsPopulationDecision());
        Assert.Equal("An age assessment found the person to be an adult.", decision.AsPopulationDecision().Reason.English);
    }

    [Fact]
    public void WithoutAssessment_TheScreeningFormsDisputeStillDecides()
    {
        var decision = AgeDetermination.Decide(Sixteen with { EstimatedAge = 25 }, [], Today, Recorded, ageDisputed: true);

        Assert.Equal(new PopulationDecision(Population.Child, PopulationBasis.AgeDisputed), decision.AsPopulationDecision());
    }

    [Fact]
    public void AssessedMinor_IsAChild_WhateverTheRecordedAge()
    {
        var minor = new AgeAssessment(new(2026, 5, 2), AgeAssessmentMethod.JudicialDecision, AgeAssessmentResult.Minor);

        var decision = AgeDetermination.Decide(Sixteen with { EstimatedAge = 22 }, [minor], Today, Recorded);

        Assert.Equal(new PopulationDecision(Population.Child, PopulationBasis.AgeAssessed), decision.AsPopulationDecision());
    }

    [Theory(DisplayName = "Civil Code art. 388: no medical or bone examination settles adulthood alone; the doubt benefits the person")]
    [InlineData(AgeAssessmentMethod.BoneExamination)]
    [InlineData(AgeAssessmentMethod.MedicalExamination)]
    [InlineData(AgeAssessmentMethod.Other)]
    public void MedicalFindingOfAdulthood_IsNotConclusive(AgeAssessmentMethod method)
    {
        Assert.False(new AgeAssessment(new(2026, 5, 2), method, AgeAssessmentResult.Adult).IsConclusive);
        Assert.True(new AgeAssessment(new(2026, 5, 2), method, AgeAssessmentResult.Minor).IsConclusive);
    }

    [Fact(DisplayName = "Civil Code art. 375 and 388: a judge's decision is not overridden by a later social evaluation")]
    public void JudicialDecision_PrevailsOverALaterSocialEvaluation()
    {
        var judge = new AgeAssessment(new(2026, 4, 1), AgeAssessmentMethod.JudicialDecision, AgeAssessmentResult.Minor);
        var evaluation = new AgeAssessment(new(2026, 5, 2), AgeAssessmentMethod.SocialEvaluation, AgeAssessmentResult.Adult);

        Assert.Equal(judge, AgeDetermination.Settled([judge, evaluation], Today));
        var decision = AgeDetermination.Decide(Sixteen with { EstimatedAge = 22 }, [judge, evaluation], Today, Recorded);
        Assert.Equal(Population.Child, decision.Population);

        // A later judicial decision (on appeal) overrules the first.
        var appeal = new AgeAssessment(new(2026, 5, 10), AgeAssessmentMethod.JudicialDecision, AgeAssessmentResult.Adult);
        Assert.Equal(appeal, AgeDetermination.Settled([judge, evaluation, appeal], Today));
    }
}
