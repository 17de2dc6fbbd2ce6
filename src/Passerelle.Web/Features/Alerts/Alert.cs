namespace Passerelle.Web.Features.Alerts;

public enum AlertKind
{
    MissingChild = 1,
}

/// <summary>
/// An in-app alert to one user. It carries the case reference only, never a name: a recipient outside the case's
/// agency learns that a child of that case went missing, and asks the lead agency for the rest.
/// </summary>
public sealed class Alert
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid UserId { get; init; }
    public AlertKind Kind { get; init; }
    public Guid CaseId { get; init; }
    public string CaseReference { get; init; } = "";
    public Guid? SubjectId { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime? ReadAt { get; set; }
}
