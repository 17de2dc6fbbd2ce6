using Passerelle.Domain.Deadlines;

namespace Passerelle.Domain.DataRequests;

/// <summary>The right the person exercises (GDPR art. 15, 16, 17, 18, 21). Serialized in kebab-case.</summary>
public enum DataRequestKind
{
    /// <summary>Art. 15: what is held about them (answered with the personal-data export).</summary>
    Access = 1,

    /// <summary>Art. 16: correct inaccurate data, complete incomplete data.</summary>
    Rectification = 2,

    /// <summary>Art. 17: erase the data ("right to be forgotten"), within the limits of art. 17(3).</summary>
    Erasure = 3,

    /// <summary>Art. 18: restrict the processing while accuracy or lawfulness is contested.</summary>
    Restriction = 4,

    /// <summary>Art. 21: object to a processing based on a public-interest task (art. 6(1)(e)).</summary>
    Objection = 5,
}

/// <summary>Where a request stands. Serialized in kebab-case.</summary>
public enum DataRequestStatus
{
    Received = 1,

    /// <summary>The period was extended once, with a reason (art. 12(3)).</summary>
    Extended = 2,
    Granted = 3,
    PartiallyGranted = 4,
    Refused = 5,
}

/// <summary>The answer given to the person. Serialized in kebab-case.</summary>
public enum DataRequestOutcome
{
    Granted = 1,
    PartiallyGranted = 2,
    Refused = 3,
}

/// <summary>
/// The legal ground of a refusal (or of the part refused), a closed list. Art. 12(4): the controller who does not act
/// on a request tells the person why and that they may complain to the supervisory authority. Serialized in kebab-case.
/// </summary>
public enum RefusalGround
{
    /// <summary>Art. 17(3)(b): the processing is needed to comply with a legal obligation or for a public-interest task (the protection of a child).</summary>
    LegalObligation = 1,

    /// <summary>Art. 17(3)(e): the data are needed for the establishment, exercise or defence of legal claims (criminal proceedings, compensation).</summary>
    LegalClaims = 2,

    /// <summary>Art. 23: a restriction of the rights by Union or Member State law (e.g. the prevention, investigation and prosecution of criminal offences, art. 23(1)(d)).</summary>
    Article23Restriction = 3,

    /// <summary>Another ground, stated in words in the explanation.</summary>
    Other = 99,
}

/// <summary>
/// The rules of a data-subject request, pure: its deadline, its extension and its decision. Errors are keyed by the
/// API's camelCase field, in English (the host translates them).
/// </summary>
public static class DataSubjectRequests
{
    /// <summary>Art. 12(3): the controller answers without undue delay, within one month of receipt at the latest (paraphrased).</summary>
    public const int AnswerMonths = 1;

    /// <summary>Art. 12(3): the period may be extended by up to two further months where necessary (paraphrased).</summary>
    public const int ExtensionMonths = 2;

    public const int MaxTextLength = 4000;

    /// <summary>Requests due within this many days are listed as due soon (the DPO's view, the holding agency's tasks).</summary>
    public const int DueSoonDays = 7;

    /// <summary>
    /// The last day to answer: one month from receipt (GDPR art. 12(3)), counted as <see cref="LegalPeriods.AddMonths"/>
    /// counts months (Code de procédure civile art. 641: the same day number in the next month, or the last day of a
    /// shorter month — received on 31 January, due on 28 February, or 29 in a leap year). The EU's own rule for periods
    /// (Regulation 1182/71 art. 3) ends a period in months the same way; it was not re-read here. No extension to the
    /// next working day: the earlier day is the safer one for the person.
    /// </summary>
    public static DateOnly DueOn(DateOnly receivedOn) => LegalPeriods.AddMonths(receivedOn, AnswerMonths);

    /// <summary>The latest day an extension may reach: two further months after the first month (art. 12(3)), three months from receipt.</summary>
    public static DateOnly LatestExtendedDueOn(DateOnly receivedOn) => LegalPeriods.AddMonths(receivedOn, AnswerMonths + ExtensionMonths);

    public static bool IsOpen(DataRequestStatus status) => status is DataRequestStatus.Received or DataRequestStatus.Extended;

    /// <summary>Overdue: still open the day after its due date.</summary>
    public static bool IsOverdue(DataRequestStatus status, DateOnly dueOn, DateOnly today) => IsOpen(status) && today > dueOn;

    /// <summary>A new request: its kind, a receipt date not in the future, how the requester's identity was checked, and what is asked.</summary>
    public static Dictionary<string, string[]> ValidateRecord(DataRequestKind? kind, DateOnly? receivedOn, string? identityCheck, string? request, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if (kind is null || !Enum.IsDefined(kind.Value))
        {
            errors["kind"] = ["Give the kind of request: access, rectification, erasure, restriction or objection."];
        }

        if (receivedOn is null)
        {
            errors["receivedOn"] = ["The date the request was received is required."];
        }
        else if (receivedOn > today)
        {
            errors["receivedOn"] = ["The date of receipt cannot be in the future."];
        }

        if (string.IsNullOrWhiteSpace(identityCheck))
        {
            errors["identityCheck"] = ["Say how the request came in and how the requester's identity was checked (art. 12(6))."];
        }
        else if (identityCheck.Trim().Length > MaxTextLength)
        {
            errors["identityCheck"] = ["At most 4,000 characters."];
        }

        if (string.IsNullOrWhiteSpace(request))
        {
            errors["request"] = ["Say what the person asks."];
        }
        else if (request.Trim().Length > MaxTextLength)
        {
            errors["request"] = ["At most 4,000 characters."];
        }

        return errors;
    }

    /// <summary>
    /// An extension (art. 12(3)): once, while the request is open and not yet overdue — the person must be told of it and
    /// of the reasons for the delay within one month of receipt (paraphrased) — with a reason, to a day
    /// after the current due date and no later than three months from receipt.
    /// </summary>
    public static Dictionary<string, string[]> ValidateExtension(DataRequestStatus status, DateOnly receivedOn, DateOnly dueOn, string? reason, DateOnly? until, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if (status != DataRequestStatus.Received)
        {
            errors["until"] = ["A request is extended once, before it is answered."];
            return errors;
        }

        if (today > dueOn)
        {
            errors["until"] = ["The month to answer has passed: an extension must be decided and told to the person within it (art. 12(3))."];
            return errors;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            errors["reason"] = ["Give the reason for the delay: the person is told of it (art. 12(3))."];
        }
        else if (reason.Trim().Length > MaxTextLength)
        {
            errors["reason"] = ["At most 4,000 characters."];
        }

        if (until is null)
        {
            errors["until"] = ["Give the new due date."];
        }
        else if (until <= dueOn)
        {
            errors["until"] = ["The new due date comes after the current one."];
        }
        else if (until > LatestExtendedDueOn(receivedOn))
        {
            errors["until"] = ["An extension adds at most two months to the first month (art. 12(3)): three months from receipt at the latest."];
        }

        return errors;
    }

    /// <summary>
    /// A decision: on an open request, with an explanation given to the person; a refusal or a partial grant names its
    /// legal ground (and "other" says it in words); a granted or partly granted rectification names the fields
    /// rectified, each one of <paramref name="rectifiableFields"/> (names only, never values).
    /// </summary>
    public static Dictionary<string, string[]> ValidateDecision(
        DataRequestKind kind, DataRequestStatus status, DataRequestOutcome? outcome, RefusalGround? ground, string? explanation,
        IReadOnlyList<string>? rectifiedFields, IReadOnlySet<string> rectifiableFields)
    {
        var errors = new Dictionary<string, string[]>();
        if (!IsOpen(status))
        {
            errors["outcome"] = ["This request was already answered."];
            return errors;
        }

        if (outcome is null || !Enum.IsDefined(outcome.Value))
        {
            errors["outcome"] = ["Give the outcome: granted, partially-granted or refused."];
            return errors;
        }

        if (string.IsNullOrWhiteSpace(explanation))
        {
            errors["explanation"] = ["Write the explanation given to the person."];
        }
        else if (explanation.Trim().Length > MaxTextLength)
        {
            errors["explanation"] = ["At most 4,000 characters."];
        }

        if (outcome is DataRequestOutcome.Refused or DataRequestOutcome.PartiallyGranted)
        {
            if (ground is null || !Enum.IsDefined(ground.Value))
            {
                errors["ground"] = ["A refusal names its legal ground: legal-obligation (art. 17(3)(b)), legal-claims (art. 17(3)(e)), article-23-restriction or other."];
            }
        }
        else if (ground is not null)
        {
            errors["ground"] = ["A request granted in full has no ground of refusal."];
        }

        var fields = rectifiedFields ?? [];
        if (kind == DataRequestKind.Rectification && outcome != DataRequestOutcome.Refused)
        {
            if (fields.Count == 0)
            {
                errors["rectifiedFields"] = ["Name the fields rectified (names only, never their values)."];
            }
            else if (fields.Any(f => !rectifiableFields.Contains(f)))
            {
                errors["rectifiedFields"] = ["Name fields of the case form (e.g. legalName, dateOfBirth, nationality)."];
            }
        }
        else if (fields.Count > 0)
        {
            errors["rectifiedFields"] = ["Only a granted rectification names rectified fields."];
        }

        return errors;
    }
}
