using Passerelle.Domain.Deadlines;

namespace Passerelle.Domain.Tests.Deadlines;

/// <summary>Which deadlines apply to whom (nationality), and how reasonable-grounds requests and decisions count.</summary>
public class ForeignNationalAndRgTests
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static readonly DeadlineFacts Rights = new()
    {
        Departement = "93",
        PrefectureReceiptOn = D("2026-03-06"),
        RgRequestedOn = D("2026-03-02"),
        RgDecidedOn = D("2026-03-05"),
        RgPositive = true,
        ResidencePermits = [new(D("2026-04-01"))],
        ProvisionalAuthorisations = [new(D("2026-04-10"))],
        ExitPathwayApplications = [new(D("2026-04-20"))],
    };

    private static readonly DeadlineRule[] ForeignersOnly =
        [DeadlineRule.ReflectionPeriod, DeadlineRule.PermitRenewalAlert, DeadlineRule.PermitExpiry, DeadlineRule.ApsExpiry];

    // The reflection period and residence permits are CESEDA rights of foreign victims (DOMAIN.md section 5):
    // a French national has none to follow; an EU citizen is a foreigner who can be removed, so keeps them; an
    // unknown nationality keeps them too, the protective reading.
    [Theory]
    [InlineData("FR", false)]
    [InlineData("fr", false)]
    [InlineData("RO", true)]
    [InlineData("NG", true)]
    [InlineData(null, true)]
    public void ReflectionPeriodAndPermits_ConcernForeignNationalsOnly(string? nationality, bool followed)
    {
        var deadlines = DeadlineEngine.Derive(Rights with { Nationality = nationality }, [D("2026-06-15")]);

        foreach (var rule in ForeignersOnly)
        {
            Assert.True(followed == deadlines.Any(d => d.Rule == rule), $"{rule} for {nationality ?? "unknown"}");
        }

        // The NRM's own deadline and the exit pathway (Law 2016-444) concern everyone.
        Assert.Contains(deadlines, d => d.Rule == DeadlineRule.RgDecision);
        Assert.Contains(deadlines, d => d.Rule == DeadlineRule.ExitPathwayCommission);
        Assert.Equal(followed, DeadlineEngine.ReflectionStart(Rights with { Nationality = nationality }) is not null);
    }

    [Fact]
    public void PendingReconsideration_IsNotMetByTheEarlierDecision()
    {
        var facts = ReasonableGroundsFacts.Apply(Rights with { RgRequestedOn = null, RgDecidedOn = null, RgPositive = false, PrefectureReceiptOn = null },
        [
            new(D("2026-03-02"), false, D("2026-03-05"), false),
            new(D("2026-03-20"), true),
        ]);

        var rg = Assert.Single(DeadlineEngine.Derive(facts), d => d.Rule == DeadlineRule.RgDecision);
        Assert.Equal((D("2026-03-20"), (DateOnly?)null), (rg.From, rg.MetOn));
        Assert.Equal(DeadlineStatus.Overdue, rg.StatusOn(D("2026-04-15")));
        Assert.DoesNotContain(DeadlineEngine.Derive(facts), d => d.Rule == DeadlineRule.ReflectionPeriod);
    }

    [Fact]
    public void Decision_DatedBeforeTheLatestRequest_DoesNotMeetIt()
    {
        var facts = ReasonableGroundsFacts.Apply(new DeadlineFacts { Departement = "93" },
        [
            new(D("2026-03-02"), false, D("2026-03-05"), false),
            new(D("2026-03-20"), true, D("2026-03-19"), true),
        ]);

        Assert.Null(Assert.Single(DeadlineEngine.Derive(facts), d => d.Rule == DeadlineRule.RgDecision).MetOn);
    }

    [Fact]
    public void ReconsiderationDecided_MeetsTheTarget_ButItsPositiveDecisionDoesNotOpenTheReflectionPeriod()
    {
        var facts = ReasonableGroundsFacts.Apply(new DeadlineFacts { Departement = "93", Nationality = "AL" },
        [
            new(D("2026-03-20"), true, D("2026-03-24"), true),
            new(D("2026-03-02"), false, D("2026-03-05"), false),
        ]);

        var deadlines = DeadlineEngine.Derive(facts);
        var rg = Assert.Single(deadlines, d => d.Rule == DeadlineRule.RgDecision);
        Assert.Equal((D("2026-03-20"), (DateOnly?)D("2026-03-24")), (rg.From, rg.MetOn));
        // CESEDA R.425-2: only the prefecture's receipt opens the period; the NRM's decision calls for requesting it.
        Assert.DoesNotContain(deadlines, d => d.Rule == DeadlineRule.ReflectionPeriod);
        Assert.Equal(ReflectionPeriodStatus.ToRequest, DeadlineEngine.ReflectionStatus(facts, D("2026-03-25")));
    }

    [Fact]
    public void NoRequest_NoRgFacts() =>
        Assert.Null(ReasonableGroundsFacts.Apply(new DeadlineFacts { Departement = "93" }, []).RgRequestedOn);

    [Fact]
    public void ProtectedFromRemoval_WhileTheReflectionPeriodRuns_Only()
    {
        var receipt = new DeadlineFacts { Departement = "93", Nationality = "NG", PrefectureReceiptOn = D("2026-06-01") };
        var until = D("2026-07-01");

        Assert.Equal(until, DeadlineEngine.ProtectedFromRemovalUntil(DeadlineEngine.Derive(receipt), D("2026-06-01")));
        Assert.Equal(until, DeadlineEngine.ProtectedFromRemovalUntil(DeadlineEngine.Derive(receipt), until));
        Assert.Null(DeadlineEngine.ProtectedFromRemovalUntil(DeadlineEngine.Derive(receipt), D("2026-05-31")));
        Assert.Null(DeadlineEngine.ProtectedFromRemovalUntil(DeadlineEngine.Derive(receipt), D("2026-07-02")));

        var decided = receipt with { ReflectionDecisionOn = D("2026-06-10") };
        Assert.Null(DeadlineEngine.ProtectedFromRemovalUntil(DeadlineEngine.Derive(decided), D("2026-06-15")));
        Assert.Null(DeadlineEngine.ProtectedFromRemovalUntil(DeadlineEngine.Derive(receipt with { Nationality = "FR" }), D("2026-06-15")));
        Assert.Null(DeadlineEngine.ProtectedFromRemovalUntil(DeadlineEngine.Derive(new DeadlineFacts { Departement = "93" }), D("2026-06-15")));
    }
}
