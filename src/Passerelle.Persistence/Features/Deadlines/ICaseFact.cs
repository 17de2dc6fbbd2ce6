namespace Passerelle.Web.Features.Deadlines;

/// <summary>
/// An entity that records a fact of one case (a right granted, a missing episode, a proceeding…). When one is
/// added, changed or removed, the case's derived data — its deadlines, its statistical record — is recomputed in
/// the same save, so nothing derived is ever typed by hand or left stale.
/// </summary>
public interface ICaseFact
{
    Guid CaseId { get; }
}

/// <summary>
/// An entity that may concern one case, once linked to it (a Focal Point enquiry): like an <see cref="ICaseFact"/>,
/// its save recomputes the deadlines of the case it is linked to, and of the case it was linked to before.
/// </summary>
public interface ILinkedCaseFact
{
    Guid? LinkedCaseId { get; }
}
