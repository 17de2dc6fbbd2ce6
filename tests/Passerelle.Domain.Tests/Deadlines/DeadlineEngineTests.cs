using Passerelle.Domain.Deadlines;

namespace Passerelle.Domain.Tests.Deadlines;

public class DeadlineEngineTests
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static readonly DeadlineFacts Strasbourg = new() { Departement = "67" };

    private static Deadline Single(DeadlineFacts facts, DeadlineRule rule, IEnumerable<DateOnly>? sessions = null) =>
        Assert.Single(DeadlineEngine.Derive(facts, sessions), d => d.Rule == rule);

    [Fact]
    public void NoFacts_NoDeadlines() => Assert.Empty(DeadlineEngine.Derive(Strasbourg));

    [Fact]
    public void RgRequest_GivesTheDecisionTarget_MetWhenDecided()
    {
        var requested = Strasbourg with { RgRequestedOn = D("2026-04-02") };
        Assert.Equal(new Deadline(DeadlineRule.RgDecision, D("2026-04-02"), D("2026-04-13")), Single(requested, DeadlineRule.RgDecision));

        var decided = requested with { RgDecidedOn = D("2026-04-14"), RgPositive = false };
        var deadline = Single(decided, DeadlineRule.RgDecision);
        Assert.Equal(DeadlineStatus.Met, deadline.StatusOn(D("2026-05-01")));
        Assert.True(deadline.MetLate);
    }

    [Fact(DisplayName = "CESEDA R.425-2: the reflection period runs from the prefecture's receipt only, never from the NRM's decision")]
    public void ReflectionPeriod_StartsFromTheReceipt_NotFromThePositiveRgDecision()
    {
        var negative = Strasbourg with { RgRequestedOn = D("2026-03-02"), RgDecidedOn = D("2026-03-04"), RgPositive = false };
        Assert.DoesNotContain(DeadlineEngine.Derive(negative), d => d.Rule == DeadlineRule.ReflectionPeriod);

        var positive = negative with { RgPositive = true, RgPositiveOn = D("2026-03-04") };
        Assert.DoesNotContain(DeadlineEngine.Derive(positive), d => d.Rule == DeadlineRule.ReflectionPeriod);
        Assert.Equal(ReflectionPeriodStatus.ToRequest, DeadlineEngine.ReflectionStatus(positive, D("2026-03-05")));
        Assert.Null(DeadlineEngine.ProtectedFromRemovalUntil(DeadlineEngine.Derive(positive), D("2026-03-05")));

        var receipt = positive with { PrefectureReceiptOn = D("2026-03-10") };
        Assert.Equal(new Deadline(DeadlineRule.ReflectionPeriod, D("2026-03-10"), D("2026-04-09")), Single(receipt, DeadlineRule.ReflectionPeriod));

        var corrected = receipt with { PrefectureReceiptOn = D("2026-04-02") };
        Assert.Equal(D("2026-05-04"), Single(corrected, DeadlineRule.ReflectionPeriod).DueOn);
    }

    [Fact(DisplayName = "CESEDA R.425-2 al. 2: the withdrawal of the receipt closes the period and stops the protection from removal")]
    public void ReflectionPeriod_WithdrawnReceipt_StopsTheProtection()
    {
        var receipt = Strasbourg with { PrefectureReceiptOn = D("2026-03-10") };
        Assert.Equal(D("2026-04-09"), DeadlineEngine.ProtectedFromRemovalUntil(DeadlineEngine.Derive(receipt), D("2026-03-20")));
        Assert.Equal(ReflectionPeriodStatus.Running, DeadlineEngine.ReflectionStatus(receipt, D("2026-03-20")));

        var withdrawn = receipt with { PrefectureReceiptWithdrawnOn = D("2026-03-18") };
        Assert.Equal(D("2026-03-18"), Single(withdrawn, DeadlineRule.ReflectionPeriod).MetOn);
        Assert.Null(DeadlineEngine.ProtectedFromRemovalUntil(DeadlineEngine.Derive(withdrawn), D("2026-03-20")));
        Assert.Equal(ReflectionPeriodStatus.Withdrawn, DeadlineEngine.ReflectionStatus(withdrawn, D("2026-03-20")));
        Assert.Equal(ReflectionPeriodStatus.Closed, DeadlineEngine.ReflectionStatus(receipt, D("2026-04-10")));
        Assert.Equal(ReflectionPeriodStatus.NotApplicable, DeadlineEngine.ReflectionStatus(receipt with { Nationality = "FR" }, D("2026-03-20")));
    }

    [Fact]
    public void ReflectionPeriod_IsMetByThePersonsDecisionOrAPermit()
    {
        var open = Strasbourg with { PrefectureReceiptOn = D("2026-03-02") };
        Assert.Null(Single(open, DeadlineRule.ReflectionPeriod).MetOn);

        var permit = open with { ResidencePermits = [new(D("2026-03-20"))] };
        Assert.Equal(D("2026-03-20"), Single(permit, DeadlineRule.ReflectionPeriod).MetOn);

        var decided = permit with { ReflectionDecisionOn = D("2026-03-15") };
        Assert.Equal(D("2026-03-15"), Single(decided, DeadlineRule.ReflectionPeriod).MetOn);
    }

    [Fact]
    public void Permit_GivesRenewalAlertAndExpiry_FromTheLatestPermit()
    {
        var facts = Strasbourg with { ResidencePermits = [new(D("2025-04-02")), new(D("2026-04-08"))] };

        var deadlines = DeadlineEngine.Derive(facts);

        Assert.Equal(
            [
                new(DeadlineRule.PermitRenewalAlert, D("2026-04-08"), D("2027-02-05"), null, "2026-04-08"),
                new Deadline(DeadlineRule.PermitExpiry, D("2026-04-08"), D("2027-04-07"), null, "2026-04-08"),
            ],
            deadlines);
    }

    [Fact]
    public void Permit_PrintedEndDateWins_AndARenewalRequestMeetsBoth()
    {
        var facts = Strasbourg with { ResidencePermits = [new(D("2026-04-02"), ValidUntil: D("2027-10-01"), RenewalRequestedOn: D("2027-07-01"))] };

        var deadlines = DeadlineEngine.Derive(facts);

        Assert.Equal([D("2027-08-02"), D("2027-10-01")], deadlines.Select(d => d.DueOn));
        Assert.All(deadlines, d => Assert.Equal(DeadlineStatus.Met, d.StatusOn(D("2027-12-01"))));
    }

    [Fact]
    public void Aps_ExpiresSixMonthsAfterTheLatestGrant()
    {
        var facts = Strasbourg with { ProvisionalAuthorisations = [new(D("2026-02-07")), new(D("2026-08-31"))] };

        Assert.Equal(new Deadline(DeadlineRule.ApsExpiry, D("2026-08-31"), D("2027-02-28")), Single(facts, DeadlineRule.ApsExpiry));
    }

    [Fact]
    public void ExitPathway_NextSession_ThenRenewal_WithinTwentyFourMonths()
    {
        DateOnly[] sessions = [D("2026-03-19"), D("2026-06-18"), D("2026-09-17"), D("2026-12-17")];
        var applied = Strasbourg with { ExitPathwayApplications = [new(D("2026-04-02"))] };
        Assert.Equal(D("2026-06-18"), Single(applied, DeadlineRule.ExitPathwayCommission, sessions).DueOn);
        Assert.Empty(DeadlineEngine.Derive(applied)); // no session scheduled yet

        var authorised = Strasbourg with { ExitPathwayApplications = [new(D("2026-04-02"), D("2026-06-25"), Authorised: true)] };
        Assert.Equal(D("2026-12-25"), Assert.Single(DeadlineEngine.Derive(authorised, sessions)).DueOn);

        var renewalFiled = Strasbourg with
        {
            ExitPathwayApplications = [new(D("2026-04-02"), D("2026-06-25"), Authorised: true), new(D("2026-11-20"))],
        };
        Assert.Equal(
            [
                new(DeadlineRule.ExitPathwayCommission, D("2026-11-20"), D("2026-12-17")),
                new Deadline(DeadlineRule.ExitPathwayRenewal, D("2026-06-25"), D("2026-12-25"), D("2026-11-20")),
            ],
            DeadlineEngine.Derive(renewalFiled, sessions));

        var refused = Strasbourg with { ExitPathwayApplications = [new(D("2026-04-02"), D("2026-06-25"), Authorised: false)] };
        Assert.Empty(DeadlineEngine.Derive(refused, sessions));

        ExitPathwayApplicationFact[] fourTerms =
        [
            new(D("2026-01-05"), D("2026-01-10"), true),
            new(D("2026-06-01"), D("2026-07-10"), true),
            new(D("2026-12-01"), D("2027-01-10"), true),
            new(D("2027-06-01"), D("2027-07-10"), true),
        ];
        Assert.Empty(DeadlineEngine.Derive(Strasbourg with { ExitPathwayApplications = fourTerms }, sessions));
        Assert.Equal(D("2027-07-10"), Single(Strasbourg with { ExitPathwayApplications = fourTerms[..3] }, DeadlineRule.ExitPathwayRenewal).DueOn);
    }

    [Fact]
    public void Enquiries_UseTheRequestedDateOrThirtyDaysInParis()
    {
        var facts = Strasbourg with
        {
            Enquiries = [new("NFP-1", D("2026-04-02")), new("NFP-2", D("2026-04-02"), RequestedBy: D("2026-04-10"), AnsweredOn: D("2026-04-09"))],
        };

        var enquiries = DeadlineEngine.Derive(facts).Where(d => d.Rule == DeadlineRule.FocalPointEnquiry).ToList();

        Assert.Equal(
            [
                new(DeadlineRule.FocalPointEnquiry, D("2026-04-02"), D("2026-04-10"), D("2026-04-09"), "NFP-2"),
                new Deadline(DeadlineRule.FocalPointEnquiry, D("2026-04-02"), D("2026-05-04"), null, "NFP-1"),
            ],
            enquiries);
    }

    [Fact]
    public void MissingEpisode_AlertIsDueTheSameDay()
    {
        var facts = Strasbourg with { MissingEpisodes = [new("M-1", D("2026-04-05"))] };

        var alert = Single(facts, DeadlineRule.MissingChildAlert);

        Assert.Equal(D("2026-04-05"), alert.DueOn);
        Assert.Equal(DeadlineStatus.Overdue, alert.StatusOn(D("2026-04-06")));
    }

    [Fact(DisplayName = "CPP 706-5: without an offence date, a prosecution's final decision gives one year after it (never later than the real limit)")]
    public void FinalDecision_WithoutOffenceDate_GivesOneYearAfter()
    {
        var facts = Strasbourg with { FinalCriminalDecisionOn = D("2026-04-04") };

        Assert.Equal(D("2027-04-05"), Single(facts, DeadlineRule.CiviClaimLimit).DueOn);
        Assert.Equal(DeadlineStatus.Met, Single(facts with { CiviClaimFiledOn = D("2026-09-01") }, DeadlineRule.CiviClaimLimit).StatusOn(D("2028-01-01")));
    }

    [Fact]
    public void Deadlines_AreInDueDateOrder()
    {
        var facts = Strasbourg with
        {
            RgRequestedOn = D("2026-04-02"),
            PrefectureReceiptOn = D("2026-03-02"),
            ProvisionalAuthorisations = [new(D("2026-01-15"))],
        };

        Assert.Equal(
            [DeadlineRule.ReflectionPeriod, DeadlineRule.RgDecision, DeadlineRule.ApsExpiry],
            DeadlineEngine.Derive(facts).Select(d => d.Rule));
    }

    [Theory]
    [InlineData("2026-04-01", DeadlineStatus.Upcoming)]
    [InlineData("2026-04-03", DeadlineStatus.Upcoming)]
    [InlineData("2026-04-04", DeadlineStatus.DueThisWeek)] // six days ahead
    [InlineData("2026-04-10", DeadlineStatus.DueThisWeek)] // the last day still counts
    [InlineData("2026-04-11", DeadlineStatus.Overdue)]
    public void Status_DependsOnToday(string today, DeadlineStatus expected)
    {
        var deadline = new Deadline(DeadlineRule.RgDecision, D("2026-04-02"), D("2026-04-10"));

        Assert.Equal(expected, deadline.StatusOn(D(today)));
        Assert.Equal(expected == DeadlineStatus.Overdue, deadline.Matches(DueFilter.Overdue, D(today)));
        Assert.Equal(expected == DeadlineStatus.DueThisWeek, deadline.Matches(DueFilter.Week, D(today)));
    }

    [Fact]
    public void Status_MetWinsOverTheDate()
    {
        var deadline = new Deadline(DeadlineRule.RgDecision, D("2026-04-02"), D("2026-04-10"), MetOn: D("2026-04-08"));

        Assert.Equal(DeadlineStatus.Met, deadline.StatusOn(D("2026-05-01")));
        Assert.False(deadline.MetLate);
        Assert.False(deadline.Matches(DueFilter.Overdue, D("2026-05-01")));
    }
}
