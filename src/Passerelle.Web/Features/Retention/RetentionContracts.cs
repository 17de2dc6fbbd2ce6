using Passerelle.Domain.Cases;
using Passerelle.Domain.Retention;

namespace Passerelle.Web.Features.Retention;

/// <summary>Body of <c>POST /api/v1/cases/{id}/closure</c>.</summary>
public sealed record ClosureInput(ClosureReason? Reason, DateOnly? ClosedOn);

/// <summary>One reason to keep a closed case; <see cref="Until"/> is null while criminal proceedings are pending.</summary>
public sealed record RetentionHoldView(DataCategory Category, DateOnly? Until, RetentionBasis Basis, string Source);

/// <summary>A case's closure and, once closed, how long it is kept and when it may be erased.</summary>
public sealed record ClosureView(
    Guid CaseId, string Reference, CaseStatus Status, bool MayClose, DateOnly? ClosedOn, ClosureReason? Reason,
    DateOnly? ErasableOn, IReadOnlyList<RetentionHoldView> Holds, DateTime? ErasedAt);

/// <summary>A closed case as the retention list shows it to the administrator: no identifying field.</summary>
public sealed record RetentionCaseView(Guid CaseId, string Reference, DateOnly ClosedOn, ClosureReason? Reason, DateOnly? ErasableOn, bool Due, DateTime? ErasedAt);

/// <summary>The schedule (every rule with its basis and source), the closed cases, and whether erasure may run here.</summary>
public sealed record RetentionOverview(
    IReadOnlyList<RetentionRule> Rules, IReadOnlyList<RetentionCaseView> Cases, bool ErasureEnabled, string? EliminationAgreement);

/// <summary>What one erasure run did: the cases erased (by reference) under which elimination agreement.</summary>
public sealed record ErasureReport(int Erased, IReadOnlyList<string> References, string? EliminationAgreement);
