namespace Passerelle.Domain.Deadlines;

/// <summary>
/// The deadlines Passerelle derives from a case's facts (issue 5, DOMAIN.md section 5). Serialized in kebab-case:
/// <c>rg-decision</c>, <c>reflection-period</c>, <c>aps-expiry</c>, <c>permit-renewal-alert</c>… Numbers are stored:
/// never reuse one.
/// </summary>
public enum DeadlineRule
{
    /// <summary>Reasonable-grounds decision: 5 working days from the request (the UK NRM target DOMAIN.md adopts).</summary>
    RgDecision = 1,

    /// <summary>End of the 30-day reflection period (CESEDA R.425-2; CoE Convention art. 13).</summary>
    ReflectionPeriod = 2,

    /// <summary>End of a 6-month provisional residence authorisation (APS), renewable.</summary>
    ApsExpiry = 3,

    /// <summary>60 days before a temporary residence permit (CESEDA L.425-1) expires: time to ask for its renewal.</summary>
    PermitRenewalAlert = 4,

    /// <summary>End of a temporary residence permit: one year unless the card says otherwise.</summary>
    PermitExpiry = 5,

    /// <summary>The departmental commission's next session after an exit-pathway application (Law 2016-444 art. 5).</summary>
    ExitPathwayCommission = 6,

    /// <summary>End of a 6-month exit-pathway authorisation, renewable within 24 months in all.</summary>
    ExitPathwayRenewal = 7,

    /// <summary>The National Focal Point's answer to an enquiry from another country: 30 days unless the requester set a date.</summary>
    FocalPointEnquiry = 8,

    /// <summary>A missing child: the alert to the lead agency, the police and the National Focal Point is due the same day.</summary>
    MissingChildAlert = 9,

    /// <summary>Last day to claim before the CIVI: one year after the final criminal decision (CPP art. 706-5).</summary>
    CiviClaimLimit = 10,
}
