using Passerelle.Domain.Cases;

namespace Passerelle.Domain.Tests.Cases;

public class CaseClosureTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);
    private static readonly DateOnly Detected = new(2026, 1, 5);

    [Fact(DisplayName = "DOMAIN.md step 8: a closure has a reason and a date between the detection and today")]
    public void Closure_NeedsAReason_AndAPlausibleDate()
    {
        Assert.Empty(CaseClosure.Validate(CaseStatus.CgPositive, ClosureReason.Integration, Today, Detected, Today));
        Assert.Contains("reason", CaseClosure.Validate(CaseStatus.CgPositive, null, Today, Detected, Today).Keys);
        Assert.Contains("closedOn", CaseClosure.Validate(CaseStatus.CgPositive, ClosureReason.Relocation, null, Detected, Today).Keys);
        Assert.Contains("closedOn", CaseClosure.Validate(CaseStatus.CgPositive, ClosureReason.Relocation, Today.AddDays(1), Detected, Today).Keys);
        Assert.Contains("closedOn", CaseClosure.Validate(CaseStatus.CgPositive, ClosureReason.Relocation, Detected.AddDays(-1), Detected, Today).Keys);
    }

    [Fact]
    public void NotAVictim_FollowsANegativeDecisionOnly()
    {
        Assert.Contains("reason", CaseClosure.Validate(CaseStatus.Screened, ClosureReason.NotAVictim, Today, Detected, Today).Keys);
        Assert.Empty(CaseClosure.Validate(CaseStatus.RgNegative, ClosureReason.NotAVictim, Today, Detected, Today));
        Assert.Empty(CaseClosure.Validate(CaseStatus.CgNegative, ClosureReason.NotAVictim, Today, Detected, Today));
    }

    [Fact]
    public void PendingDecisions_AndClosedCases_DoNotClose()
    {
        Assert.False(CaseClosure.MayClose(CaseStatus.RgPending));
        Assert.False(CaseClosure.MayClose(CaseStatus.CgPending));
        Assert.False(CaseClosure.MayClose(CaseStatus.Closed));
        Assert.True(CaseClosure.MayClose(CaseStatus.Registered));
    }
}
