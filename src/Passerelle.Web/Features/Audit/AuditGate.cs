namespace Passerelle.Web.Features.Audit;

/// <summary>
/// On SQLite only (one process, one writer): serialises the write transactions of <see cref="AuditTrail"/> and the
/// chaining rounds of <see cref="AuditChainer"/>. On PostgreSQL writes commit in parallel and the rounds are
/// serialised across servers by an advisory lock, so two rounds can never fork the chain.
/// </summary>
public sealed class AuditGate
{
    public SemaphoreSlim Semaphore { get; } = new(1, 1);
}
