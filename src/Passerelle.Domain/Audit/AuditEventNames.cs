using Passerelle.Domain.Texts;

namespace Passerelle.Domain.Audit;

/// <summary>
/// What each audit event means, in French and English, for people reading a case's timeline (and any page listing
/// events). Exhaustive: a new code does not compile until it has its two names.
/// </summary>
public static class AuditEventNames
{
    public static LocalizedText Of(AuditEventType type) => type switch
    {
        AuditEventType.SignInSucceeded => new("Connexion réussie", "Signed in"),
        AuditEventType.SignInFailed => new("Échec de connexion", "Sign-in failed"),
        AuditEventType.SignInLockedOut => new("Compte verrouillé après des échecs de connexion", "Account locked after failed sign-ins"),
        AuditEventType.SignedOut => new("Déconnexion", "Signed out"),
        AuditEventType.TwoFactorEnabled => new("Double authentification activée", "Two-factor authentication enabled"),
        AuditEventType.TwoFactorDisabled => new("Double authentification désactivée", "Two-factor authentication disabled"),
        AuditEventType.RecoveryCodesGenerated => new("Codes de secours générés", "Recovery codes generated"),
        AuditEventType.RecoveryCodeUsed => new("Code de secours utilisé", "Recovery code used"),
        AuditEventType.PasswordChanged => new("Mot de passe changé", "Password changed"),
        AuditEventType.LanguageChanged => new("Langue changée", "Language changed"),
        AuditEventType.PasskeyAdded => new("Clé d'accès ajoutée", "Passkey added"),
        AuditEventType.PasskeyRemoved => new("Clé d'accès retirée", "Passkey removed"),
        AuditEventType.CaseCreated => new("Dossier enregistré", "Case registered"),
        AuditEventType.CaseViewed => new("Dossier consulté", "Case viewed"),
        AuditEventType.CaseUpdated => new("Dossier modifié", "Case updated"),
        AuditEventType.HtcdsExported => new("Export au standard HTCDS de l'OIM", "Export in IOM's HTCDS standard"),
        AuditEventType.ImportStarted => new("Import de dossiers lancé", "Case import started"),
        AuditEventType.ImportFinished => new("Import de dossiers terminé", "Case import finished"),
        AuditEventType.ImportViewed => new("Suivi d'un import consulté", "Case import progress viewed"),
        AuditEventType.CaseClosed => new("Dossier clôturé", "Case closed"),
        AuditEventType.CaseRetentionViewed => new("Clôture et conservation consultées", "Closure and retention viewed"),
        AuditEventType.PersonalDataExported => new("Données personnelles exportées (droit d'accès)", "Personal data exported (right of access)"),
        AuditEventType.DataRequestRecorded => new("Demande d'exercice de droits enregistrée", "Data-subject request recorded"),
        AuditEventType.DataRequestExtended => new("Délai de réponse à une demande prolongé", "Data-subject request period extended"),
        AuditEventType.DataRequestDecided => new("Réponse à une demande d'exercice de droits", "Data-subject request answered"),
        AuditEventType.DataRequestsViewed => new("Registre des demandes du dossier consulté", "Case's data-subject requests viewed"),
        AuditEventType.DataRequestViewed => new("Demande d'exercice de droits consultée", "Data-subject request viewed"),
        AuditEventType.DataRequestsListed => new("Demandes d'exercice de droits en cours consultées", "Open data-subject requests listed"),
        AuditEventType.CaseErased => new("Dossier effacé à l'issue de sa conservation", "Case erased at the end of its retention"),
        AuditEventType.RetentionViewed => new("Durées de conservation consultées", "Retention schedule viewed"),
        AuditEventType.CasesErased => new("Effacement des dossiers arrivés à échéance", "Erasure of cases past their retention"),
        AuditEventType.CasesListed => new("Liste des dossiers consultée", "Cases listed"),
        AuditEventType.ScreeningRecorded => new("Repérage enregistré", "Screening recorded"),
        AuditEventType.ScreeningsViewed => new("Repérages consultés", "Screenings viewed"),
        AuditEventType.IdentificationRequested => new("Saisine du comité d'identification", "Sent to the identification panel"),
        AuditEventType.IdentificationDecided => new("Décision d'identification", "Identification decided"),
        AuditEventType.IdentificationViewed => new("Identification consultée", "Identification viewed"),
        AuditEventType.IdentificationViewGiven => new("Avis d'un membre du comité", "Panel member's view given"),
        AuditEventType.QualificationRecorded => new("Avis de qualification pénale enregistré", "Legal qualification advice recorded"),
        AuditEventType.QualificationsViewed => new("Qualifications consultées", "Qualifications viewed"),
        AuditEventType.ReferralSent => new("Orientation envoyée", "Referral sent"),
        AuditEventType.ReferralAccepted => new("Orientation acceptée", "Referral accepted"),
        AuditEventType.ReferralDeclined => new("Orientation refusée", "Referral declined"),
        AuditEventType.ReferralCompleted => new("Orientation terminée", "Referral completed"),
        AuditEventType.ReferralWithdrawn => new("Orientation retirée", "Referral withdrawn"),
        AuditEventType.ReferralsViewed => new("Orientations consultées", "Referrals viewed"),
        AuditEventType.ReferredCaseViewed => new("Personne orientée consultée", "Referred person viewed"),
        AuditEventType.ReferralGuardianInformed => new("Représentant légal informé de l'orientation", "Guardian informed of the referral"),
        AuditEventType.RightsViewed => new("Droits consultés", "Rights viewed"),
        AuditEventType.RightsUpdated => new("Droits mis à jour", "Rights updated"),
        AuditEventType.DeadlinesViewed => new("Échéances consultées", "Deadlines viewed"),
        AuditEventType.DeadlinesListed => new("Tableau des échéances consulté", "Deadlines listed"),
        AuditEventType.ProceedingsViewed => new("Procédure pénale consultée", "Proceedings viewed"),
        AuditEventType.ProceedingsUpdated => new("Procédure pénale mise à jour", "Proceedings updated"),
        AuditEventType.ChildProtectionViewed => new("Protection de l'enfant consultée", "Child protection viewed"),
        AuditEventType.ChildLeadAgencySet => new("Service de l'aide sociale à l'enfance désigné", "Lead child-welfare agency set"),
        AuditEventType.ChildGuardianAppointed => new("Représentant légal désigné", "Guardian appointed"),
        AuditEventType.AgeAssessmentRecorded => new("Évaluation de l'âge enregistrée", "Age assessment recorded"),
        AuditEventType.BestInterestsDetermined => new("Intérêt supérieur de l'enfant déterminé", "Best interests determined"),
        AuditEventType.DurableSolutionRecorded => new("Solution durable enregistrée", "Durable solution recorded"),
        AuditEventType.MissingEpisodeReported => new("Disparition signalée", "Child reported missing"),
        AuditEventType.MissingEpisodeFound => new("Enfant retrouvé", "Child found"),
        AuditEventType.MissingEpisodeClosed => new("Épisode de disparition clos", "Missing episode closed"),
        AuditEventType.MissingChildAlertsSent => new("Alertes de disparition envoyées", "Missing-child alerts sent"),
        AuditEventType.AlertsViewed => new("Alertes consultées", "Alerts viewed"),
        AuditEventType.AlertRead => new("Alerte lue", "Alert read"),
        AuditEventType.EnquiryReceived => new("Demande du point focal reçue", "Focal Point enquiry received"),
        AuditEventType.EnquiriesListed => new("Demandes du point focal consultées", "Focal Point enquiries listed"),
        AuditEventType.EnquiryViewed => new("Demande du point focal consultée", "Focal Point enquiry viewed"),
        AuditEventType.EnquiryAnswered => new("Réponse du point focal", "Focal Point enquiry answered"),
        AuditEventType.MissingChildrenListed => new("Enfants disparus consultés", "Missing children listed"),
        AuditEventType.LegalStepsViewed => new("Démarches juridiques consultées", "Legal steps viewed"),
        AuditEventType.LegalStepRecorded => new("Démarche juridique enregistrée", "Legal step recorded"),
        AuditEventType.LegalStepOutcomeRecorded => new("Réponse du procureur enregistrée", "Prosecutor's answer recorded"),
        AuditEventType.AgencyCreated => new("Structure créée", "Agency created"),
        AuditEventType.AgencyUpdated => new("Structure modifiée", "Agency updated"),
        AuditEventType.UserCreated => new("Compte créé", "Account created"),
        AuditEventType.UserUpdated => new("Compte modifié", "Account updated"),
        AuditEventType.UserPasswordReset => new("Mot de passe réinitialisé", "Password reset"),
        AuditEventType.UserUnlocked => new("Compte déverrouillé", "Account unlocked"),
        AuditEventType.UserDisabled => new("Compte désactivé", "Account disabled"),
        AuditEventType.UsersListed => new("Comptes consultés", "Accounts listed"),
        AuditEventType.CataloguePublished => new("Catalogue d'indicateurs publié", "Indicator catalogue published"),
        AuditEventType.ProviderCreated => new("Service créé", "Provider created"),
        AuditEventType.ProviderUpdated => new("Service modifié", "Provider updated"),
        AuditEventType.ProviderCapacityReported => new("Capacité du service déclarée", "Provider capacity reported"),
        AuditEventType.CommissionSessionsUpdated => new("Calendrier de la commission mis à jour", "Commission calendar updated"),
        AuditEventType.DeadlineDigestSent => new("Récapitulatif des échéances envoyé", "Deadline digest sent"),
        AuditEventType.LinkageRunCompleted => new("Rapprochement des dossiers exécuté", "Record linkage run"),
        AuditEventType.LinkageRunsViewed => new("Rapprochements consultés", "Linkage runs viewed"),
        AuditEventType.LinkageReviewsViewed => new("Paires à examiner consultées", "Linkage reviews viewed"),
        AuditEventType.LinkagePairAccepted => new("Rapprochement confirmé", "Linked as the same person"),
        AuditEventType.LinkagePairRejected => new("Rapprochement écarté", "Linkage pair rejected"),
        AuditEventType.LinkagePairUnlinked => new("Rapprochement annulé", "Linkage undone"),
        AuditEventType.LinkageLinksViewed => new("Liens consultés", "Links viewed"),
        AuditEventType.CaseLinkageViewed => new("Rapprochements du dossier consultés", "Case linkage viewed"),
        AuditEventType.NoteAdded => new("Note ajoutée", "Note added"),
        AuditEventType.NoteEdited => new("Note corrigée", "Note corrected"),
        AuditEventType.NotesViewed => new("Notes consultées", "Notes viewed"),
        AuditEventType.TimelineViewed => new("Historique consulté", "Timeline viewed"),
        AuditEventType.AttachmentAdded => new("Pièce jointe ajoutée", "Attachment added"),
        AuditEventType.AttachmentDownloaded => new("Pièce jointe téléchargée", "Attachment downloaded"),
        AuditEventType.AttachmentsViewed => new("Pièces jointes consultées", "Attachments viewed"),
        AuditEventType.DocumentPrinted => new("Document imprimé (PDF)", "Document printed (PDF)"),
        AuditEventType.TasksListed => new("Tâches consultées", "Tasks listed"),
        AuditEventType.NotificationsAllRead => new("Notifications toutes lues", "All notifications read"),
        AuditEventType.NotificationsSent => new("Notifications envoyées", "Notifications sent"),
        AuditEventType.PendingDecisionsListed => new("Décisions en attente consultées (national)", "Pending decisions listed (national)"),
        AuditEventType.AccessRefused => new("Accès refusé", "Access refused"),
        AuditEventType.AuditViewed => new("Journal d'audit consulté", "Audit log viewed"),
        AuditEventType.AuditVerified => new("Journal d'audit vérifié", "Audit log verified"),
        AuditEventType.BackupTaken => new("Sauvegarde effectuée", "Backup taken"),
        AuditEventType.DatabaseRestored => new("Base restaurée", "Database restored"),
        AuditEventType.StatisticsQueried => new("Statistiques consultées", "Statistics queried"),
        AuditEventType.StatisticsExported => new("Statistiques exportées", "Statistics exported"),
    };

    /// <summary>
    /// Whether the event changed something (it belongs in a case's story) rather than only read or listed it. Reads
    /// stay in the audit log, where the auditor sees every one.
    /// </summary>
    public static bool IsChange(AuditEventType type) => type switch
    {
        AuditEventType.CaseViewed or AuditEventType.CasesListed or AuditEventType.ScreeningsViewed or AuditEventType.IdentificationViewed
            or AuditEventType.QualificationsViewed or AuditEventType.ReferralsViewed or AuditEventType.ReferredCaseViewed
            or AuditEventType.RightsViewed or AuditEventType.DeadlinesViewed or AuditEventType.DeadlinesListed
            or AuditEventType.ProceedingsViewed or AuditEventType.ChildProtectionViewed or AuditEventType.AlertsViewed
            or AuditEventType.AlertRead or AuditEventType.EnquiriesListed or AuditEventType.EnquiryViewed
            or AuditEventType.MissingChildrenListed or AuditEventType.LegalStepsViewed or AuditEventType.LinkageRunsViewed
            or AuditEventType.LinkageReviewsViewed or AuditEventType.LinkageLinksViewed or AuditEventType.CaseLinkageViewed
            or AuditEventType.NotesViewed or AuditEventType.TimelineViewed or AuditEventType.AttachmentsViewed
            or AuditEventType.AttachmentDownloaded or AuditEventType.DocumentPrinted or AuditEventType.AccessRefused
            or AuditEventType.AuditViewed or AuditEventType.AuditVerified or AuditEventType.StatisticsQueried
            or AuditEventType.UsersListed or AuditEventType.TasksListed or AuditEventType.NotificationsAllRead
            or AuditEventType.NotificationsSent or AuditEventType.PendingDecisionsListed => false,
        _ => true,
    };
}
