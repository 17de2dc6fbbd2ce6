using Passerelle.Domain.Deadlines;
using Passerelle.Domain.Proceedings;
using Passerelle.Domain.Texts;

namespace Passerelle.Domain.Tests.Proceedings;

public class CriminalProceedingsTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    private static readonly CriminalProceedings Convicted = new()
    {
        ComplaintFiledOn = new(2024, 3, 1),
        Unit = InvestigatingUnit.Ocrteh,
        OffencesCharged = ["art. 225-4-1", "225-5 CP", "225-4-1"],
        Outcome = ProceedingsOutcome.Convicted,
        DecidedOn = new(2026, 1, 20),
        FinalOn = new(2026, 3, 2),
        Sentence = new(PrisonMonths: 60, SuspendedMonths: 12, Fine: 50_000m),
        Confiscations = [new(new(2026, 1, 20), 120_000m, "Flat in Lyon"), new(new(2026, 1, 20), 8_500.50m)],
        CompensationClaims =
        [
            new(CompensationBody.Civi, new(2026, 4, 1), 30_000m, new(2026, 6, 1), 22_000m),
            new(CompensationBody.Agrasc, new(2026, 5, 1), 10_000m),
        ],
    };

    [Fact]
    public void CompleteProceedings_AreValid() => Assert.Empty(ProceedingsRules.Validate(Convicted, Today));

    [Fact]
    public void NoComplaint_IsValid_AndPending()
    {
        var none = new CriminalProceedings();

        Assert.Empty(ProceedingsRules.Validate(none, Today));
        Assert.False(none.ComplaintFiled);
    }

    [Fact]
    public void Totals_AddConfiscationsClaimsAndGrants() =>
        Assert.Equal((128_500.50m, 40_000m, 22_000m), (Convicted.ConfiscatedTotal, Convicted.ClaimedTotal, Convicted.GrantedTotal));

    [Fact]
    public void Offences_AreNormalizedToArticles() => Assert.Equal(["225-4-1", "225-5"], Convicted.NormalizedOffences);

    [Fact(DisplayName = "CPP 706-5 and 706-164: a final conviction feeds the CIVI limit (a year after, no offence date) and the AGRASC six months")]
    public void FinalDecision_FeedsTheCiviAndAgrascDeadlines()
    {
        var facts = Convicted.ApplyTo(new DeadlineFacts { Departement = "69" });
        var deadlines = DeadlineEngine.Derive(facts);

        var limit = Assert.Single(deadlines, d => d.Rule == DeadlineRule.CiviClaimLimit);
        Assert.Equal((new DateOnly(2027, 3, 2), (DateOnly?)new DateOnly(2026, 4, 1)), (limit.DueOn, limit.MetOn));
        Assert.Equal(new DateOnly(2026, 9, 2), Assert.Single(deadlines, d => d.Rule == DeadlineRule.AgrascClaimLimit).DueOn);
    }

    [Fact(DisplayName = "CESEDA L.425-1: a complaint or a testimony is cooperation")]
    public void Cooperation_ComplaintOrTestimony()
    {
        Assert.True(new CriminalProceedings { TestimonyGivenOn = Today }.Cooperated);
        Assert.True(new CriminalProceedings { ComplaintFiledOn = Today }.Cooperated);
        Assert.False(new CriminalProceedings { TiesSevered = true }.Cooperated);
    }

    public static TheoryData<CriminalProceedings, string> Invalid => new()
    {
        { Convicted with { ComplaintFiledOn = Today.AddDays(1) }, "complaintFiledOn" },
        { Convicted with { OffenceOn = Today.AddDays(1) }, "offenceOn" },
        { Convicted with { TestimonyGivenOn = Today.AddDays(1) }, "testimonyGivenOn" },
        { Convicted with { NonPunishment = new(AccusedStatus.Suspect, Today.AddDays(1)) }, "nonPunishment" },
        { Convicted with { Unit = InvestigatingUnit.Other }, "otherUnit" },
        { Convicted with { OtherUnit = "BRP Paris" }, "otherUnit" },
        { Convicted with { OffencesCharged = ["pimping"] }, "offencesCharged" },
        { Convicted with { DecidedOn = null }, "decidedOn" },
        { Convicted with { Outcome = ProceedingsOutcome.Pending, FinalOn = null, Sentence = null }, "decidedOn" },
        { Convicted with { FinalOn = new(2026, 1, 19) }, "finalOn" },
        { Convicted with { Outcome = ProceedingsOutcome.Acquitted }, "sentence" },
        { Convicted with { Sentence = new(PrisonMonths: 12, SuspendedMonths: 24) }, "sentence" },
        { Convicted with { Confiscations = [new(Today, -1m)] }, "confiscations" },
        { Convicted with { CompensationClaims = [new(CompensationBody.Civi, Today, 100m, AmountGranted: 50m)] }, "compensationClaims" },
        { Convicted with { CompensationClaims = [new(CompensationBody.Civi, Today, 100m, Today.AddDays(-1), 50m)] }, "compensationClaims" },
        { Convicted with { CompensationClaims = [new(CompensationBody.Agrasc, Today, -5m)] }, "compensationClaims" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Validate_NamesTheFieldAtFault(CriminalProceedings proceedings, string field) =>
        Assert.Equal([field], ProceedingsRules.Validate(proceedings, Today).Keys);

    [Fact]
    public void WireNames()
    {
        Assert.Equal(["ocrteh", "oclti", "ocriest", "ocldi", "bpm", "other"], Enum.GetValues<InvestigatingUnit>().Select(u => KebabCase.Of(u)));
        Assert.Equal(["pending", "dismissed", "no-case-to-answer", "acquitted", "convicted"], Enum.GetValues<ProceedingsOutcome>().Select(o => KebabCase.Of(o)));
        Assert.Equal(["civi", "agrasc"], Enum.GetValues<CompensationBody>().Select(b => KebabCase.Of(b)));
    }
}
