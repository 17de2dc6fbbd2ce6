using Passerelle.Domain.Linkage.Scoring;

namespace Passerelle.Web.Features.Linkage;

public enum LinkagePairStatus
{
    /// <summary>Scored between the review and match thresholds: a coordinator decides.</summary>
    Pending,

    /// <summary>In one person by the last run, without a decision.</summary>
    Linked,

    Accepted,
    Rejected,

    /// <summary>Separated by a coordinator after being linked: from then on treated as rejected.</summary>
    Unlinked,
}

/// <summary>
/// Two cases the linkage put together or asked about. Undecided pairs follow the latest run; decided pairs are
/// kept and passed back to every later run (accepted: always one person; rejected or unlinked: never).
/// <see cref="LeftCaseId"/> is always the smaller id, so a pair has one row.
/// </summary>
public sealed class LinkagePair
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid LeftCaseId { get; private set; }
    public Guid RightCaseId { get; private set; }
    public bool CrossAgency { get; private set; }
    public LinkagePairStatus Status { get; private set; }
    public double Weight { get; private set; }

    /// <summary>Per-field levels and weights as JSON (<see cref="FieldWeight"/>), never the compared values.</summary>
    public string Explanation { get; private set; } = "[]";

    public Guid RunId { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    public Guid? DecidedBy { get; private set; }

    public bool IsDecided => Status is LinkagePairStatus.Accepted or LinkagePairStatus.Rejected or LinkagePairStatus.Unlinked;

    public bool KeepsApart => Status is LinkagePairStatus.Rejected or LinkagePairStatus.Unlinked;

    private LinkagePair()
    {
    }

    public static (Guid Left, Guid Right) Order(Guid a, Guid b) => a.CompareTo(b) < 0 ? (a, b) : (b, a);

    public static LinkagePair Found(Guid a, Guid b, bool crossAgency) =>
        new() { LeftCaseId = Order(a, b).Left, RightCaseId = Order(a, b).Right, CrossAgency = crossAgency };

    public void Update(LinkagePairStatus status, double weight, string explanation, Guid runId)
    {
        if (!IsDecided)
        {
            Status = status;
        }

        Weight = weight;
        if (explanation != "[]" || Explanation == "[]")
        {
            Explanation = explanation;
        }

        RunId = runId;
    }

    public void Decide(LinkagePairStatus decision, Guid userId, DateTime now)
    {
        Status = decision;
        DecidedAt = now;
        DecidedBy = userId;
    }
}
