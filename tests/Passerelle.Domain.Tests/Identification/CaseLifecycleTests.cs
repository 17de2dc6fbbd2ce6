using Passerelle.Domain.Cases;
using Passerelle.Domain.Identification;

namespace Passerelle.Domain.Tests.Identification;

public class CaseLifecycleTests
{
    public static TheoryData<CaseStatus, CaseEvent, CaseStatus> Allowed => new()
    {
        { CaseStatus.Registered, CaseEvent.Screened, CaseStatus.Screened },
        // Screening again later never moves the status back.
        { CaseStatus.Screened, CaseEvent.Screened, CaseStatus.Screened },
        { CaseStatus.RgPending, CaseEvent.Screened, CaseStatus.RgPending },
        { CaseStatus.RgPositive, CaseEvent.Screened, CaseStatus.RgPositive },
        { CaseStatus.RgNegative, CaseEvent.Screened, CaseStatus.RgNegative },
        { CaseStatus.CgPending, CaseEvent.Screened, CaseStatus.CgPending },
        { CaseStatus.CgPositive, CaseEvent.Screened, CaseStatus.CgPositive },
        { CaseStatus.CgNegative, CaseEvent.Screened, CaseStatus.CgNegative },
        { CaseStatus.Screened, CaseEvent.RgRequested, CaseStatus.RgPending },
        { CaseStatus.RgPending, CaseEvent.RgDecidedPositive, CaseStatus.RgPositive },
        { CaseStatus.RgPending, CaseEvent.RgDecidedNegative, CaseStatus.RgNegative },
        { CaseStatus.RgNegative, CaseEvent.RgReconsidered, CaseStatus.RgPending },
        { CaseStatus.RgPositive, CaseEvent.CgRequested, CaseStatus.CgPending },
        { CaseStatus.CgPending, CaseEvent.CgDecidedPositive, CaseStatus.CgPositive },
        { CaseStatus.CgPending, CaseEvent.CgDecidedNegative, CaseStatus.CgNegative },
        { CaseStatus.CgNegative, CaseEvent.CgReconsidered, CaseStatus.CgPending },
        { CaseStatus.CgPositive, CaseEvent.Closed, CaseStatus.Closed },
        { CaseStatus.CgNegative, CaseEvent.Closed, CaseStatus.Closed },
        { CaseStatus.RgNegative, CaseEvent.Closed, CaseStatus.Closed },
        // DOMAIN.md step 8: the person may leave the mechanism at any stage but a pending panel decision.
        { CaseStatus.Registered, CaseEvent.Closed, CaseStatus.Closed },
        { CaseStatus.Screened, CaseEvent.Closed, CaseStatus.Closed },
        { CaseStatus.RgPositive, CaseEvent.Closed, CaseStatus.Closed },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void AllowedSteps_MoveTheStatus(CaseStatus from, CaseEvent step, CaseStatus to) =>
        Assert.Equal(to, CaseLifecycle.Apply(from, step));

    [Fact]
    public void EveryOtherStep_IsRefused()
    {
        var allowed = Allowed.Select(row => (row.Data.Item1, row.Data.Item2)).ToHashSet();
        foreach (var status in Enum.GetValues<CaseStatus>())
        {
            foreach (var step in Enum.GetValues<CaseEvent>())
            {
                if (!allowed.Contains((status, step)))
                {
                    Assert.Null(CaseLifecycle.Next(status, step));
                    var refused = Assert.Throws<InvalidTransitionException>(() => CaseLifecycle.Apply(status, step));
                    Assert.Equal(status, refused.Status);
                }
            }
        }
    }

    [Fact]
    public void Registered_CannotGoStraightToReasonableGrounds() =>
        Assert.Null(CaseLifecycle.Next(CaseStatus.Registered, CaseEvent.RgRequested));

    [Fact]
    public void ClosedCase_TakesNoFurtherStep() =>
        Assert.All(Enum.GetValues<CaseEvent>(), step => Assert.Null(CaseLifecycle.Next(CaseStatus.Closed, step)));
}
