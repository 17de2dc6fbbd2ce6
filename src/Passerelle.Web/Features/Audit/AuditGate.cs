namespace Passerelle.Web.Features.Audit;

/// <summary>
/// Serialises appends to the audit chain within this process. Across processes, PostgreSQL's advisory lock
/// (taken in <see cref="AuditTrail"/>) does the same, so two writers can never fork the chain.
/// </summary>
public sealed class AuditGate
{
    public SemaphoreSlim Semaphore { get; } = new(1, 1);
}
