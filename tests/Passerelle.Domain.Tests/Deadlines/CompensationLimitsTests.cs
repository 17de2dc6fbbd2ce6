using Passerelle.Domain.Deadlines;
using Passerelle.Domain.Proceedings;

namespace Passerelle.Domain.Tests.Deadlines;

/// <summary>The CIVI (CPP art. 706-5) and AGRASC (CPP art. 706-164) limits, and the permit renewal window (CESEDA R.431-5).</summary>
public class CompensationLimitsTests
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Theory(DisplayName = "CPP 706-5: three years from the offence; after a prosecution, not before a year after the final decision; CPP 801 working day")]
    [InlineData("2023-05-10", null, "2026-05-11")] // three years; 10 May 2026 is a Sunday
    [InlineData("2020-01-15", "2023-06-01", "2024-06-03")] // the later: a year after the final decision (a Saturday)
    [InlineData("2024-03-04", "2024-09-02", "2027-03-04")] // the later: three years from the offence
    public void Civi_TheLaterOfThreeYearsAndOneYearAfterTheFinalDecision(string offence, string? final, string expected) =>
        Assert.Equal(D(expected), DeadlineCalculator.CiviClaimLimit(D(offence), final is null ? null : D(final), null, "75"));

    [Fact(DisplayName = "CPP 706-5: for a minor victim the three years run only from majority")]
    public void Civi_MinorVictim_RunsFromMajority()
    {
        var majority = DeadlineCalculator.MajorityOn(D("2010-07-20"));
        Assert.Equal(D("2028-07-20"), majority);
        Assert.Equal(D("2031-07-21"), DeadlineCalculator.CiviClaimLimit(D("2024-02-01"), null, majority, "75")); // 20 July 2031 is a Sunday

        // An adult at the offence: the majority changes nothing.
        Assert.Equal(D("2026-05-11"), DeadlineCalculator.CiviClaimLimit(D("2023-05-10"), null, D("2001-01-01"), "75"));

        // Only a year of birth: the earliest majority (1 January), so the limit is never shown late.
        Assert.Equal(D("2028-01-01"), DeadlineCalculator.MajorityOn(2010));
    }

    [Fact(DisplayName = "CPP 706-5: the engine derives the CIVI limit from the offence date, from majority for a minor, extended after a prosecution")]
    public void Engine_Civi_FromTheOffence()
    {
        var facts = new DeadlineFacts { Departement = "75", OffenceOn = D("2023-05-10") };
        var civi = Assert.Single(DeadlineEngine.Derive(facts), d => d.Rule == DeadlineRule.CiviClaimLimit);
        Assert.Equal((D("2023-05-10"), D("2026-05-11")), (civi.From, civi.DueOn));

        var minor = facts with { VictimMajorityOn = D("2025-01-01") };
        Assert.Equal(D("2028-01-03"), Assert.Single(DeadlineEngine.Derive(minor), d => d.Rule == DeadlineRule.CiviClaimLimit).DueOn);

        var prosecuted = facts with { FinalCriminalDecisionOn = D("2026-01-05") };
        Assert.Equal(D("2027-01-05"), Assert.Single(DeadlineEngine.Derive(prosecuted), d => d.Rule == DeadlineRule.CiviClaimLimit).DueOn);
    }

    [Fact(DisplayName = "CPP 706-5: a dismissal (classement sans suite) is not a prosecution and does not extend the CIVI limit")]
    public void Civi_DismissalIsNotAProsecution()
    {
        var dismissed = new CriminalProceedings
        {
            OffenceOn = D("2023-05-10"),
            Outcome = ProceedingsOutcome.Dismissed,
            DecidedOn = D("2026-01-05"),
            FinalOn = D("2026-01-05"),
        };
        var facts = dismissed.ApplyTo(new DeadlineFacts { Departement = "75" });

        Assert.False(dismissed.ProsecutionBrought);
        Assert.Null(facts.FinalCriminalDecisionOn);
        Assert.Equal(D("2026-05-11"), Assert.Single(DeadlineEngine.Derive(facts), d => d.Rule == DeadlineRule.CiviClaimLimit).DueOn);
        Assert.DoesNotContain(DeadlineEngine.Derive(facts), d => d.Rule == DeadlineRule.AgrascClaimLimit);

        // Without an offence date, a dismissal gives nothing to compute (the page asks for the offence date).
        Assert.DoesNotContain(DeadlineEngine.Derive((dismissed with { OffenceOn = null }).ApplyTo(new DeadlineFacts { Departement = "75" })),
            d => d.Rule == DeadlineRule.CiviClaimLimit);
    }

    [Fact(DisplayName = "CPP 706-164: the AGRASC request is due six months from the day the conviction became final, met by the AGRASC claim")]
    public void Agrasc_SixMonthsFromTheFinalConviction()
    {
        var convicted = new CriminalProceedings
        {
            OffenceOn = D("2024-01-10"),
            Outcome = ProceedingsOutcome.Convicted,
            DecidedOn = D("2026-03-20"),
            FinalOn = D("2026-04-04"),
            CompensationClaims = [new(CompensationBody.Agrasc, D("2026-06-01"), 5000m)],
        };
        var deadlines = DeadlineEngine.Derive(convicted.ApplyTo(new DeadlineFacts { Departement = "75" }));

        var agrasc = Assert.Single(deadlines, d => d.Rule == DeadlineRule.AgrascClaimLimit);
        Assert.Equal(new Deadline(DeadlineRule.AgrascClaimLimit, D("2026-04-04"), D("2026-10-05"), D("2026-06-01")), agrasc);

        // The CIVI limit is the later of three years from the offence and a year after the final decision.
        Assert.Equal(D("2027-04-05"), Assert.Single(deadlines, d => d.Rule == DeadlineRule.CiviClaimLimit).DueOn);
    }

    [Fact(DisplayName = "CESEDA R.431-5 1°: the online renewal window opens 120 days and closes 60 days before expiry")]
    public void PermitRenewal_WindowFrom120To60DaysBeforeExpiry()
    {
        var expiry = D("2027-04-02");
        Assert.Equal(D("2026-12-03"), DeadlineCalculator.RenewalWindowOpens(expiry));
        Assert.Equal(D("2027-02-01"), DeadlineCalculator.RenewalAlert(expiry, "75"));
    }
}
