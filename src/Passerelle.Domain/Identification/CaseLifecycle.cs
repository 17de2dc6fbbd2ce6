using Passerelle.Domain.Cases;

namespace Passerelle.Domain.Identification;

/// <summary>
/// The guarded transitions of a case: registered → screened → RG pending → RG positive / negative → CG pending →
/// CG positive / negative → closed. A negative decision can be reconsidered once, on new information.
/// </summary>
public static class CaseLifecycle
{
    public const int MaxReconsiderations = 1;

    /// <summary>The status after <paramref name="caseEvent"/>, or null when the event is not allowed now.</summary>
    public static CaseStatus? Next(CaseStatus status, CaseEvent caseEvent) => (status, caseEvent) switch
    {
        (CaseStatus.Registered, CaseEvent.Screened) => CaseStatus.Screened,
        // A case can be screened again at any later stage (new information); its status does not move back.
        (not CaseStatus.Closed and not CaseStatus.Registered, CaseEvent.Screened) => status,
        (CaseStatus.Screened, CaseEvent.RgRequested) => CaseStatus.RgPending,
        (CaseStatus.RgPending, CaseEvent.RgDecidedPositive) => CaseStatus.RgPositive,
        (CaseStatus.RgPending, CaseEvent.RgDecidedNegative) => CaseStatus.RgNegative,
        (CaseStatus.RgNegative, CaseEvent.RgReconsidered) => CaseStatus.RgPending,
        (CaseStatus.RgPositive, CaseEvent.CgRequested) => CaseStatus.CgPending,
        (CaseStatus.CgPending, CaseEvent.CgDecidedPositive) => CaseStatus.CgPositive,
        (CaseStatus.CgPending, CaseEvent.CgDecidedNegative) => CaseStatus.CgNegative,
        (CaseStatus.CgNegative, CaseEvent.CgReconsidered) => CaseStatus.CgPending,
        // DOMAIN.md step 8: a case closes with a reason (integration, relocation, return, or the person leaves the
        // mechanism) from any status but a pending panel decision, which is taken first (a policy: a decision asked
        // for is answered, so that the person's status is never left undecided).
        (not CaseStatus.Closed and not CaseStatus.RgPending and not CaseStatus.CgPending, CaseEvent.Closed) => CaseStatus.Closed,
        _ => null,
    };

    public static CaseStatus Apply(CaseStatus status, CaseEvent caseEvent) =>
        Next(status, caseEvent) ?? throw new InvalidTransitionException(status, caseEvent);
}

/// <summary>An event refused in the case's current status. The API answers it with 409.</summary>
public sealed class InvalidTransitionException(CaseStatus status, CaseEvent caseEvent)
    : InvalidOperationException($"A case in status '{status}' cannot take the step '{caseEvent}'.")
{
    public CaseStatus Status { get; } = status;
    public CaseEvent Event { get; } = caseEvent;
}
