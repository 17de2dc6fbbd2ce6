namespace Passerelle.Web.Features.Linkage;

/// <summary>One linkage run at a time in this process: two runs at once would fight over person keys.</summary>
public sealed class LinkageGate
{
    public SemaphoreSlim Semaphore { get; } = new(1, 1);
}
