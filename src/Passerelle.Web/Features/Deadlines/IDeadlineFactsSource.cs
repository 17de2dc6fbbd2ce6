using Passerelle.Domain.Deadlines;

namespace Passerelle.Web.Features.Deadlines;

/// <summary>
/// One feature's contribution to the dated facts a case's deadlines derive from. Each feature that stores such
/// facts (identification, rights, children, the Focal Point, proceedings) registers one as a scoped service; the
/// deadline engine gathers them all.
/// </summary>
public interface IDeadlineFactsSource
{
    /// <summary>Returns <paramref name="facts"/> with what this feature knows of the case added (a <c>with</c> copy).</summary>
    Task<DeadlineFacts> AddToAsync(DeadlineFacts facts, Guid caseId, CancellationToken ct);
}
