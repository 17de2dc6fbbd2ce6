namespace Passerelle.Web.Features.Audit;

/// <summary>
/// The newest entry of the chain was not signed with this server's audit key: its key folder is not this database's
/// (empty, another deployment's, an old copy). Chaining on would fork the log under a key nobody can verify it with, so
/// the server chains nothing — reads are refused (503) and changes wait in the outbox — until the right keys are restored.
/// </summary>
public sealed class AuditKeyMismatchException(long sequence)
    : InvalidOperationException($"Audit entry {sequence}, the newest of the chain, was not signed with this server's audit key (Security:KeysPath): nothing is chained until this database's keys are restored.")
{
    public long Sequence { get; } = sequence;
}
