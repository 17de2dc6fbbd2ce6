namespace Passerelle.Domain.Audit;

/// <summary>
/// Stable numeric codes of audit events, grouped by hundreds per feature.
/// A code is never reused or renumbered: auditors and exports rely on it.
/// </summary>
public enum AuditEventType
{
    // 1000–1099: sign-in and account security
    SignInSucceeded = 1000,
    SignInFailed = 1001,
    SignInLockedOut = 1002,
    SignedOut = 1003,
    TwoFactorEnabled = 1010,
    TwoFactorDisabled = 1011,
    RecoveryCodesGenerated = 1012,
    RecoveryCodeUsed = 1013,
    PasswordChanged = 1020,
    LanguageChanged = 1030,
    PasskeyAdded = 1040,
    PasskeyRemoved = 1041,

    // 1100–1199: cases
    CaseCreated = 1100,
    CaseViewed = 1101,
    CaseUpdated = 1102,
    CasesListed = 1103,

    /// <summary>A case closed with its reason (DOMAIN.md step 8): its retention periods start.</summary>
    CaseClosed = 1104,

    /// <summary>A case's closure and retention periods read.</summary>
    CaseRetentionViewed = 1105,

    /// <summary>A case erased at the end of its retention periods: the reference and the elimination agreement in the details.</summary>
    CaseErased = 1106,
    ScreeningRecorded = 1110,
    ScreeningsViewed = 1111,
    IdentificationRequested = 1120,
    IdentificationDecided = 1121,
    IdentificationViewed = 1122,
    IdentificationViewGiven = 1123,
    QualificationRecorded = 1130,
    QualificationsViewed = 1131,
    ReferralSent = 1140,
    ReferralAccepted = 1141,
    ReferralDeclined = 1142,
    ReferralCompleted = 1143,
    ReferralWithdrawn = 1144,
    ReferralsViewed = 1145,
    ReferredCaseViewed = 1146,
    ReferralGuardianInformed = 1147,
    RightsViewed = 1150,
    RightsUpdated = 1151,
    DeadlinesViewed = 1152,
    DeadlinesListed = 1153,
    ProceedingsViewed = 1160,
    ProceedingsUpdated = 1161,
    ChildProtectionViewed = 1170,
    ChildLeadAgencySet = 1171,
    ChildGuardianAppointed = 1172,
    AgeAssessmentRecorded = 1173,
    BestInterestsDetermined = 1174,
    DurableSolutionRecorded = 1175,
    MissingEpisodeReported = 1176,
    MissingEpisodeFound = 1177,
    MissingEpisodeClosed = 1178,
    MissingChildAlertsSent = 1179,
    AlertsViewed = 1180,
    AlertRead = 1181,
    EnquiryReceived = 1185,
    EnquiriesListed = 1186,
    EnquiryViewed = 1187,
    EnquiryAnswered = 1188,
    MissingChildrenListed = 1189,
    LegalStepsViewed = 1190,
    LegalStepRecorded = 1191,
    LegalStepOutcomeRecorded = 1192,

    // 1200–1299: administration
    AgencyCreated = 1200,
    AgencyUpdated = 1201,
    UserCreated = 1210,
    UserUpdated = 1211,
    UserPasswordReset = 1212,
    UserUnlocked = 1213,
    UserDisabled = 1214,
    UsersListed = 1215,
    CataloguePublished = 1220,
    ProviderCreated = 1230,
    ProviderUpdated = 1231,
    ProviderCapacityReported = 1232,
    CommissionSessionsUpdated = 1240,
    DeadlineDigestSent = 1241,

    // 1250–1259: retention of closed cases
    RetentionViewed = 1250,

    /// <summary>An erasure run: how many cases were erased, under which elimination agreement (each case has its own 1106).</summary>
    CasesErased = 1251,

    // 1420–1449: cross-agency record linkage
    LinkageRunCompleted = 1420,
    LinkageRunsViewed = 1421,
    LinkageReviewsViewed = 1422,
    LinkagePairAccepted = 1423,
    LinkagePairRejected = 1424,
    LinkagePairUnlinked = 1425,
    LinkageLinksViewed = 1426,
    CaseLinkageViewed = 1427,

    // 1600–1619: the case's story — dated notes, attachments, printable documents (issue 15)
    NoteAdded = 1600,
    NoteEdited = 1601,
    NotesViewed = 1602,
    TimelineViewed = 1603,
    AttachmentAdded = 1610,
    AttachmentDownloaded = 1611,
    AttachmentsViewed = 1612,
    DocumentPrinted = 1615,

    // 1620–1629: the practitioner's day — tasks, notifications, the national pending decisions (issue 15)
    TasksListed = 1620,

    /// <summary>Every unread notification of the user marked read at once (one entry, the count in the details).</summary>
    NotificationsAllRead = 1621,

    /// <summary>Notifications created for an event (referral sent, panel composed, deadline due soon or overdue): kind and recipients in the details.</summary>
    NotificationsSent = 1622,
    PendingDecisionsListed = 1623,

    // 1500–1599: access control
    /// <summary>
    /// A signed-in request answered 403 or 404 on a known route: the case id when the route named an existing case
    /// (the caller got the same answer as for an unknown one), the route and status in the details.
    /// </summary>
    AccessRefused = 1500,

    // 1300–1399: the audit log itself
    AuditViewed = 1300,
    AuditVerified = 1301,

    /// <summary>An operator took a backup (<c>backup --out</c>): the audit head it holds in the details.</summary>
    BackupTaken = 1302,

    /// <summary>
    /// An operator restored a backup (<c>restore --from</c>): the backup's date and audit head, and how many
    /// checkpointed entries written after it are gone; the checkpoint file of before is archived beside the new one.
    /// </summary>
    DatabaseRestored = 1303,

    // 1400–1419: national statistics (protected tables, the k-anonymous export)
    StatisticsQueried = 1400,
    StatisticsExported = 1401,

    // 1700–1719: data in and out in the IOM standard (HTCDS export, bulk import)
    /// <summary>An HTCDS export: format, anonymised or not, k, rows, scope in the details.</summary>
    HtcdsExported = 1700,

    /// <summary>An import was started (dry run or real): file name, size and rows in the details.</summary>
    ImportStarted = 1710,

    /// <summary>An import finished: its counts in the details (each case it created has its own 1100 entry).</summary>
    ImportFinished = 1711,

    /// <summary>An import's progress and errors were read.</summary>
    ImportViewed = 1712,

    // 1800–1819: the data subject's rights (GDPR art. 15–17)
    /// <summary>Everything held about one person exported for their right of access (GDPR art. 15): format and sections in the details.</summary>
    PersonalDataExported = 1800,

    /// <summary>A data-subject request recorded in the case's register (kind, receipt and due dates in the details; never its text).</summary>
    DataRequestRecorded = 1801,

    /// <summary>A data-subject request's period extended (art. 12(3)): the new due date in the details.</summary>
    DataRequestExtended = 1802,

    /// <summary>A data-subject request answered: outcome, ground, the names of the fields rectified, whether the case was erased.</summary>
    DataRequestDecided = 1803,

    /// <summary>A case's register of data-subject requests read (the list).</summary>
    DataRequestsViewed = 1804,

    /// <summary>One data-subject request read.</summary>
    DataRequestViewed = 1805,

    /// <summary>The national list of open data-subject requests read (references only).</summary>
    DataRequestsListed = 1806,
}
