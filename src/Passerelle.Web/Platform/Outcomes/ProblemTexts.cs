namespace Passerelle.Web.Platform.Outcomes;

/// <summary>
/// The titles and details a <see cref="WriteError"/> carries, in one place: English resource keys, each with its
/// French in <c>Text.fr.resx</c> (checked by <c>FrenchTranslationTests</c>). <see cref="ApiAnswers.Localize"/> shows
/// them in the user's language in the API; pages translate them with <c>T[...]</c>.
/// </summary>
public static class ProblemTexts
{
    public const string NotFound = "Not found";
    public const string Invalid = "One or more fields are invalid.";
    public const string Stale = "Stale version";
    public const string NotAllowedToYou = "Not allowed to you";
    public const string NotAllowedNow = "Not allowed now";
    public const string NotAllowedInThisStatus = "Not allowed in this status";
    public const string NotAllowedForThisCase = "Not allowed for this case";
    public const string NotAllowedForThisStep = "Not allowed for this step";
    public const string NotYours = "Not yours to do";

    public const string IfMatchRequired = "If-Match required";
    public const string IfMatchRequiredDetail = "Send the ETag you read in an If-Match header, so that a concurrent change is never overwritten.";
    public const string UnknownVersion = "Unknown version";
    public const string UnknownVersionDetail = "The If-Match header does not hold an ETag of this API.";

    public const string CaseStale = "The case changed since you read it. Read it again, then re-apply your change.";
    public const string RightsForbidden = "Case managers of the holding agency record rights";
    public const string RightsStale = "The rights record changed since you read it. Read it again, then re-apply your change.";
    public const string ProceedingsForbidden = "Case managers of the holding agency record the proceedings";
    public const string ProceedingsStale = "The proceedings record changed since you read it. Read it again, then re-apply your change.";
    public const string AgencyStale = "The agency changed since you read it.";
    public const string ProviderStale = "The provider changed since you read it.";
    public const string ChildProtectionStale = "The child protection record changed since you read it. Read it again, then re-apply your change.";
    public const string OwnAccess = "You cannot change your own role, agency or access. Ask another administrator.";
    public const string AccountNotSaved = "The account could not be saved.";
    public const string CommissionsForbidden = "Administrators and the coordinator configure commission sessions";
    public const string NotOnThePanel = "Not a member of this panel";
    public const string ReferralChanged = "The referral changed meanwhile: read it again.";
    public const string CapacityNotYours = "Only the provider's users report its capacity";
    public const string CapacityChanged = "Capacity changed meanwhile";
    public const string CapacityChangedDetail = "A referral took or freed a place: read again.";
    public const string Starting = "The service is starting. Try again in a moment.";
    public const string IdempotencyKeyInvalid = "Invalid Idempotency-Key";
    public const string IdempotencyKeyInvalidDetail = "An Idempotency-Key is one value of 1 to 200 visible ASCII characters, such as a UUID.";
    public const string IdempotencyKeyReused = "Idempotency-Key already used";
    public const string IdempotencyKeyReusedDetail = "This Idempotency-Key was already used, in the last 24 hours, for another request. Use a new key for a new request.";
    public const string IdempotencyKeyInProgress = "Request in progress";
    public const string IdempotencyKeyInProgressDetail = "The first request with this Idempotency-Key is still being served. Send it again in a moment to get its answer.";
    public const string CapacityChangedField = "A referral took or freed a place meanwhile: check the figures and send again.";

    public const string NotesForbidden = "Only the agency holding the case writes its notes";
    public const string NoteNotYours = "Only its author may correct a note";
    public const string NoteLocked = "This note can no longer be changed";
    public const string NoteLockedDetail = "A note may be corrected only shortly after it was written; add a new note instead.";
    public const string NoteStale = "The note changed since you read it. Read it again, then re-apply your correction.";
    public const string NoteRequired = "Write the note.";
    public const string NoteTooLong = "A note holds at most 4,000 characters.";
    public const string AttachmentsForbidden = "Only the agency holding the case adds or opens its documents";
    public const string AttachmentMissing = "Choose a file to attach.";
    public const string AttachmentEmpty = "The file is empty.";
    public const string AttachmentType = "This type of file is not accepted";
    public const string AttachmentTypeDetail = "Attach a PDF, an image (PNG, JPEG, GIF, WebP) or an office document (Word, Excel, OpenDocument). Executables, scripts, archives and documents with macros are refused, whatever their name.";
    public const string AttachmentTooLarge = "The file is too large";
    public const string AttachmentTooLargeDetail = "A document may hold at most {0} MB.";
    public const string AttachmentNotMultipart = "Send the file as multipart/form-data in a field named \"file\".";
    public const string NoDecisionYet = "No identification decision yet";
    public const string NoDecisionYetDetail = "An attestation is issued only once the panel has decided.";
    public const string PageInvalid = "The page is a whole number from 1.";
    public const string PageSizeInvalid = "The page size is a whole number from 1 to {0}.";
    public const string SheetLanguage = "The sheet exists in French (fr) and English (en).";
    public const string PersonalDataFormat = "The export exists as json and pdf.";

    public const string DataRequestAnswered = "This request was already answered.";
    public const string DataRequestCannotExtend = "A request is extended once, within the month to answer it: the person is told of the extension and its reasons within one month of receipt (GDPR art. 12(3)).";
    public const string DataRequestNotRectified = "Rectify first";
    public const string DataRequestNotRectifiedDetail = "The case has not been saved since the request was recorded: correct the fields in the case form first, then record the answer.";
    public const string DataRequestCaseOpen = "Close the case first, with its reason: an erased file takes no more change.";
    public const string ErasureHeld = "The file must be kept";
    public const string ErasureHeldByProceedings = "Criminal proceedings are pending: the file is needed for legal claims (GDPR art. 17(3)(e)). Refuse with that ground, or answer once they end.";
    public const string ErasureHeldByChildProtection = "A child's protection needs the file (GDPR art. 17(3)(b)). Refuse with that ground, or answer once the protection ends.";
    public const string ErasureNeedsEliminationAgreement = "The data are public archives: they are erased only with the archives administration's elimination agreement (Code du patrimoine L.212-2).";
    public const string DataRequestFilter = "The status is open, due or all.";
}
