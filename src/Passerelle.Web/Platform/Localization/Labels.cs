using Passerelle.Domain.Access;
using Passerelle.Domain.Agencies;
using Passerelle.Domain.Cases;
using Passerelle.Domain.Children;
using Passerelle.Domain.Deadlines;
using Passerelle.Domain.Htcds;
using Passerelle.Domain.Identification;
using Passerelle.Domain.LegalSteps;
using Passerelle.Domain.Qualification;
using Passerelle.Domain.Referrals;
using Passerelle.Domain.Screening;

namespace Passerelle.Web.Platform.Localization;

/// <summary>English labels of domain values; they are also the keys of their French translations.</summary>
public static class Labels
{
    public static string Of(MethodOfControl method) => HtcdsVocabulary.MethodsOfControl.Label(method);

    public static string Of(ForcedLabourIndustry industry) => HtcdsVocabulary.ForcedLabourIndustries.Label(industry);

    public static string Of(SexExploitationType type) => HtcdsVocabulary.TypeOfSexExploitation.Label(type);

    public static string Of(TraffickingStage stage) => stage switch
    {
        TraffickingStage.Recruitment => "Recruitment",
        TraffickingStage.Transit => "Transit",
        TraffickingStage.Exploitation => "Exploitation",
    };

    public static string Of(PlaceType type) => type switch
    {
        PlaceType.Street => "Street",
        PlaceType.PrivateFlat => "Private flat",
        PlaceType.Hotel => "Hotel",
        PlaceType.ShortTermRental => "Short-term rental",
        PlaceType.Online => "Online",
        PlaceType.Workplace => "Workplace",
        PlaceType.MassageParlourOrBar => "Massage parlour or bar",
        PlaceType.Other => "Other place",
    };

    public static string Of(Sex sex) => sex switch
    {
        Sex.Female => "Female",
        Sex.Male => "Male",
        Sex.Other => "Other",
        Sex.Unknown => "Unknown",
    };

    public static string Of(RecruitmentMeans means) => means switch
    {
        RecruitmentMeans.Family => "Family or relative",
        RecruitmentMeans.PartnerOrAcquaintance => "Partner or acquaintance met in person",
        RecruitmentMeans.JobOffer => "Job offer or agency",
        RecruitmentMeans.OnlineSocialNetwork => "Social network or messaging app",
        RecruitmentMeans.OnlineAdvertisement => "Online advertisement or dating site",
        RecruitmentMeans.Abduction => "Abduction or force",
        RecruitmentMeans.Other => "Other means",
    };

    public static string Of(ExploitationForm form) => form switch
    {
        ExploitationForm.SexualExploitation => "Sexual exploitation",
        ExploitationForm.ForcedLabour => "Forced labour",
        ExploitationForm.DomesticServitude => "Domestic servitude",
        ExploitationForm.ForcedCriminality => "Forced criminality",
        ExploitationForm.ForcedBegging => "Forced begging",
        ExploitationForm.OrganRemoval => "Organ removal",
        ExploitationForm.ForcedMarriage => "Forced marriage",
        ExploitationForm.Other => "Other form",
    };

    public static string Of(CaseStatus status) => status switch
    {
        CaseStatus.Registered => "Registered",
        CaseStatus.Screened => "Screened",
        CaseStatus.RgPending => "Reasonable grounds pending",
        CaseStatus.RgPositive => "Reasonable grounds: positive",
        CaseStatus.RgNegative => "Reasonable grounds: negative",
        CaseStatus.CgPending => "Conclusive grounds pending",
        CaseStatus.CgPositive => "Conclusive grounds: positive",
        CaseStatus.CgNegative => "Conclusive grounds: negative",
        CaseStatus.Closed => "Closed",
    };

    public static string Of(Domain.Cases.ClosureReason reason) => reason switch
    {
        Domain.Cases.ClosureReason.Integration => "Integration in France",
        Domain.Cases.ClosureReason.Relocation => "Relocation",
        Domain.Cases.ClosureReason.SafeReturn => "Safe return",
        Domain.Cases.ClosureReason.NotAVictim => "Not a victim (negative decision)",
        Domain.Cases.ClosureReason.LostContact => "Contact lost",
        Domain.Cases.ClosureReason.PersonDeclined => "The person declined further support",
    };

    public static string Of(Domain.DataRequests.DataRequestKind kind) => kind switch
    {
        Domain.DataRequests.DataRequestKind.Access => "Access (art. 15)",
        Domain.DataRequests.DataRequestKind.Rectification => "Rectification (art. 16)",
        Domain.DataRequests.DataRequestKind.Erasure => "Erasure (art. 17)",
        Domain.DataRequests.DataRequestKind.Restriction => "Restriction (art. 18)",
        Domain.DataRequests.DataRequestKind.Objection => "Objection (art. 21)",
    };

    public static string Of(Domain.DataRequests.DataRequestStatus status) => status switch
    {
        Domain.DataRequests.DataRequestStatus.Received => "Received",
        Domain.DataRequests.DataRequestStatus.Extended => "Period extended",
        Domain.DataRequests.DataRequestStatus.Granted => "Granted",
        Domain.DataRequests.DataRequestStatus.PartiallyGranted => "Partially granted",
        Domain.DataRequests.DataRequestStatus.Refused => "Refused",
    };

    public static string Of(Domain.DataRequests.DataRequestOutcome outcome) => outcome switch
    {
        Domain.DataRequests.DataRequestOutcome.Granted => "Granted",
        Domain.DataRequests.DataRequestOutcome.PartiallyGranted => "Partially granted",
        Domain.DataRequests.DataRequestOutcome.Refused => "Refused",
    };

    public static string Of(Domain.DataRequests.RefusalGround ground) => ground switch
    {
        Domain.DataRequests.RefusalGround.LegalObligation => "Legal obligation or public-interest task, e.g. a child's protection (art. 17(3)(b))",
        Domain.DataRequests.RefusalGround.LegalClaims => "Needed for legal claims, e.g. pending criminal proceedings (art. 17(3)(e))",
        Domain.DataRequests.RefusalGround.Article23Restriction => "Restriction by law (art. 23)",
        Domain.DataRequests.RefusalGround.Other => "Other ground (stated in the explanation)",
    };

    public static string Of(Domain.Retention.DataCategory category) => category switch
    {
        Domain.Retention.DataCategory.CaseFile => "Case file (social support)",
        Domain.Retention.DataCategory.ChildProtection => "Child protection",
        Domain.Retention.DataCategory.CompensationClaims => "Compensation claims (CIVI)",
        Domain.Retention.DataCategory.CriminalProceedings => "Pending criminal proceedings",
        Domain.Retention.DataCategory.AuditLog => "Audit log",
    };

    public static string Of(Domain.Retention.RetentionBasis basis) => basis switch
    {
        Domain.Retention.RetentionBasis.Law => "Law",
        Domain.Retention.RetentionBasis.CnilRecommendation => "CNIL recommendation",
        Domain.Retention.RetentionBasis.Policy => "Operator policy",
    };

    public static string Of(Domain.Rights.MinorDeclaration declaration) => declaration switch
    {
        Domain.Rights.MinorDeclaration.Work => "wishes to work",
        Domain.Rights.MinorDeclaration.Training => "wishes to train",
    };

    public static string Of(LegalStepKind kind) => kind switch
    {
        LegalStepKind.RightsInformation => "Information on rights given (CESEDA R.425-1)",
        LegalStepKind.ReceiptRequested => "Prefecture receipt requested (CESEDA R.425-2)",
        LegalStepKind.ProsecutorReport => "Report to the prosecutor (CPP art. 40)",
        LegalStepKind.CripInformation => "Information préoccupante to the CRIP (CASF L.226-3)",
        LegalStepKind.JudgeOrder => "Protection order of the judge (C. civ. 375)",
        LegalStepKind.AdHocAdministrator => "Ad hoc administrator appointed (CPP 706-50)",
        LegalStepKind.DangerAssessment => "Danger assessment (safe relocation)",
        LegalStepKind.RelocationRequest => "Request for a safe place outside the département (Ac.Sé)",
        LegalStepKind.ConfidentialPlacement => "Confidential placement",
    };

    public static string Of(DangerLevel level) => level switch
    {
        DangerLevel.Low => "Low danger",
        DangerLevel.High => "High danger",
        DangerLevel.Immediate => "Immediate danger",
    };

    public static string Of(ProsecutorOutcome outcome) => outcome switch
    {
        ProsecutorOutcome.Pending => "No answer yet",
        ProsecutorOutcome.InvestigationOpened => "Investigation opened",
        ProsecutorOutcome.Prosecuted => "Prosecution brought",
        ProsecutorOutcome.AlternativeMeasure => "Alternative to prosecution",
        ProsecutorOutcome.Dismissed => "Dismissed (classement sans suite)",
    };

    /// <summary>Why a panel has (or has not yet) decided: the domain's own explanation of each branch.</summary>
    public static string Of(ConsensusBasis basis) => PanelConsensusRules.Explain(basis);

    public static string Of(AgencyType type) => type switch
    {
        AgencyType.Police => "Police",
        AgencyType.Gendarmerie => "Gendarmerie",
        AgencyType.LabourInspection => "Labour inspection",
        AgencyType.SpecialisedNgo => "Specialised NGO",
        AgencyType.ChildWelfare => "Child welfare",
        AgencyType.AsylumImmigration => "Asylum and immigration office",
        AgencyType.Health => "Health",
        AgencyType.Prosecution => "Prosecution",
        AgencyType.Coordinator => "National coordination",
    };

    public static string Of(Role role) => role switch
    {
        Role.Screener => "Screener",
        Role.CaseManager => "Case manager",
        Role.Coordinator => "National coordinator",
        Role.Statistician => "Statistician",
        Role.Auditor => "Auditor",
        Role.Administrator => "Administrator",
    };

    public static string Of(ScreeningVerdict verdict) => verdict switch
    {
        ScreeningVerdict.Indicative => "Indicative of trafficking",
        ScreeningVerdict.Partial => "Partial: refer for identification",
        ScreeningVerdict.NotIndicative => "Not indicative on the indicators recorded",
    };

    public static string Of(Strength strength) => strength switch
    {
        Strength.Strong => "strong",
        Strength.Medium => "medium",
        Strength.Weak => "weak",
    };

    public static string Of(ExploitationList list) => list switch
    {
        ExploitationList.Labour => "Labour exploitation",
        ExploitationList.Sexual => "Sexual exploitation",
    };

    public static string Of(TraffickingAct act) => act switch
    {
        TraffickingAct.Recruit => "Recruiting",
        TraffickingAct.Transport => "Transporting",
        TraffickingAct.Transfer => "Transferring",
        TraffickingAct.Harbour => "Harbouring",
        TraffickingAct.Receive => "Receiving",
    };

    public static string Of(TraffickingMeans means) => means switch
    {
        TraffickingMeans.Threat => "Threat",
        TraffickingMeans.Force => "Force",
        TraffickingMeans.Deception => "Deception",
        TraffickingMeans.AbuseOfAuthority => "Abuse of authority",
        TraffickingMeans.AbuseOfVulnerability => "Abuse of vulnerability",
        TraffickingMeans.Payment => "Payment or benefit to a person in control",
    };

    public static string Of(ExploitationPurpose purpose) => purpose switch
    {
        ExploitationPurpose.Procuring => "Procuring (pimping)",
        ExploitationPurpose.SexualAssault => "Sexual assault",
        ExploitationPurpose.Slavery => "Slavery",
        ExploitationPurpose.Servitude => "Servitude",
        ExploitationPurpose.ForcedLabour => "Forced labour or services",
        ExploitationPurpose.OrganRemoval => "Organ removal",
        ExploitationPurpose.Begging => "Exploitation of begging",
        ExploitationPurpose.UndignifiedConditions => "Working or housing conditions contrary to dignity",
        ExploitationPurpose.ForcedOffences => "Forcing to commit offences",
    };

    public static string Of(AggravatingCircumstance circumstance) => circumstance switch
    {
        AggravatingCircumstance.Minor => "Victim under 18",
        AggravatingCircumstance.OrganisedGroup => "Organised group",
        AggravatingCircumstance.SeveralVictims => "Several victims",
        AggravatingCircumstance.Violence => "Violence",
        AggravatingCircumstance.VulnerablePerson => "Particularly vulnerable person",
        AggravatingCircumstance.PublicOfficial => "Public official",
        AggravatingCircumstance.TortureOrBarbarity => "Torture or acts of barbarity",
        AggravatingCircumstance.VictimAbroadOrOnArrival => "Victim abroad or on arrival in France (225-4-2 I 2°)",
        AggravatingCircumstance.OnlineContact => "Contact through an online network open to the public (225-4-2 I 3°)",
        AggravatingCircumstance.RiskOfDeathOrMutilation => "Immediate risk of death or mutilation (225-4-2 I 4°)",
        AggravatingCircumstance.GraveSituation => "Grave material or psychological situation (225-4-2 I 7°)",
    };

    public static string Of(MissingElement element) => element switch
    {
        MissingElement.Act => "An act (recruiting, transporting, transferring, harbouring, receiving)",
        MissingElement.Means => "A means (threat, force, deception, abuse, payment)",
        MissingElement.Purpose => "An exploitative purpose",
    };

    public static string Of(ServiceType service) => service switch
    {
        ServiceType.SpecialisedShelter => "Specialised shelter",
        ServiceType.EmergencyAccommodation => "Emergency accommodation",
        ServiceType.Medical => "Medical care",
        ServiceType.Psychological => "Psychological support",
        ServiceType.LegalAid => "Legal aid",
        ServiceType.Interpreter => "Interpreting",
        ServiceType.ExitPathwayAssociation => "Exit pathway association",
        ServiceType.ChildWelfarePlacement => "Child welfare placement",
    };

    public static string Of(ReferralStatus status) => status switch
    {
        ReferralStatus.Sent => "Sent",
        ReferralStatus.Accepted => "Accepted",
        ReferralStatus.Declined => "Declined",
        ReferralStatus.Completed => "Completed",
        ReferralStatus.Withdrawn => "Withdrawn",
    };

    public static string Of(DeadlineRule rule) => rule switch
    {
        DeadlineRule.RgDecision => "Reasonable-grounds decision",
        DeadlineRule.ReflectionPeriod => "End of the reflection period",
        DeadlineRule.ApsExpiry => "APS expiry",
        DeadlineRule.PermitRenewalAlert => "Residence permit: ask for renewal",
        DeadlineRule.PermitExpiry => "Residence permit expiry",
        DeadlineRule.ExitPathwayCommission => "Exit pathway: commission session",
        DeadlineRule.ExitPathwayRenewal => "Exit pathway: renewal",
        DeadlineRule.FocalPointEnquiry => "Answer to a Focal Point enquiry",
        DeadlineRule.MissingChildAlert => "Missing child: alert",
        DeadlineRule.CiviClaimLimit => "Last day to claim before the CIVI",
        DeadlineRule.AgrascClaimLimit => "Last day to ask AGRASC for payment",
    };

    public static string Of(ReflectionPeriodStatus status) => status switch
    {
        ReflectionPeriodStatus.NotApplicable => "Not applicable (French national)",
        ReflectionPeriodStatus.ToRequest => "Reflection period to request",
        ReflectionPeriodStatus.Running => "Reflection period running",
        ReflectionPeriodStatus.Withdrawn => "Receipt withdrawn by the prefect",
        ReflectionPeriodStatus.Closed => "Reflection period over",
    };

    public static string Of(Domain.Proceedings.AccusedStatus status) => status switch
    {
        Domain.Proceedings.AccusedStatus.Suspect => "Suspect",
        Domain.Proceedings.AccusedStatus.Defendant => "Defendant",
    };

    public static string Of(Domain.Proceedings.NonPunishmentOutcome outcome) => outcome switch
    {
        Domain.Proceedings.NonPunishmentOutcome.Pending => "Awaiting decision",
        Domain.Proceedings.NonPunishmentOutcome.NotProsecuted => "Not prosecuted",
        Domain.Proceedings.NonPunishmentOutcome.NotPunished => "Acquitted or exempted from penalty",
        Domain.Proceedings.NonPunishmentOutcome.Convicted => "Convicted",
    };

    public static string Of(DeadlineStatus status) => status switch
    {
        DeadlineStatus.Upcoming => "Upcoming",
        DeadlineStatus.DueThisWeek => "Due this week",
        DeadlineStatus.Overdue => "Overdue",
        DeadlineStatus.Met => "Met",
    };

    public static string Of(Web.Features.Rights.PermitKind kind) => kind switch
    {
        Web.Features.Rights.PermitKind.First => "First permit",
        Web.Features.Rights.PermitKind.Renewal => "Renewal",
        Web.Features.Rights.PermitKind.ResidentCard => "Resident card (after final conviction)",
    };

    public static string Of(Domain.Proceedings.InvestigatingUnit unit) => unit switch
    {
        Domain.Proceedings.InvestigatingUnit.Ocrteh => "OCRTEH (sexual exploitation)",
        Domain.Proceedings.InvestigatingUnit.Oclti => "OCLTI (labour exploitation)",
        Domain.Proceedings.InvestigatingUnit.Ocriest => "OCRIEST (illegal employment)",
        Domain.Proceedings.InvestigatingUnit.Ocldi => "OCLDI (forced criminality)",
        Domain.Proceedings.InvestigatingUnit.Bpm => "BPM (child protection brigade)",
        Domain.Proceedings.InvestigatingUnit.Other => "Other unit",
    };

    public static string Of(Domain.Proceedings.ProceedingsOutcome outcome) => outcome switch
    {
        Domain.Proceedings.ProceedingsOutcome.Pending => "No decision yet",
        Domain.Proceedings.ProceedingsOutcome.Dismissed => "Dismissed by the prosecutor",
        Domain.Proceedings.ProceedingsOutcome.NoCaseToAnswer => "No case to answer",
        Domain.Proceedings.ProceedingsOutcome.Acquitted => "Acquitted",
        Domain.Proceedings.ProceedingsOutcome.Convicted => "Convicted",
    };

    public static string Of(Domain.Proceedings.CompensationBody body) => body switch
    {
        Domain.Proceedings.CompensationBody.Civi => "CIVI",
        Domain.Proceedings.CompensationBody.Agrasc => "AGRASC",
    };

    public static string Of(GuardianKind kind) => kind switch
    {
        GuardianKind.Parent => "Parent",
        GuardianKind.LegalGuardian => "Legal guardian",
        GuardianKind.AdHocAdministrator => "Ad hoc administrator",
        GuardianKind.ChildWelfareService => "Child welfare service",
    };

    public static string Of(AgeAssessmentMethod method) => method switch
    {
        AgeAssessmentMethod.SocialEvaluation => "Socio-educational evaluation",
        AgeAssessmentMethod.DocumentVerification => "Document verification",
        AgeAssessmentMethod.BoneExamination => "Bone examination",
        AgeAssessmentMethod.MedicalExamination => "Medical examination",
        AgeAssessmentMethod.JudicialDecision => "Judicial decision",
        AgeAssessmentMethod.Other => "Other method",
    };

    public static string Of(AgeAssessmentResult result) => result switch
    {
        AgeAssessmentResult.Minor => "Minor (under 18)",
        AgeAssessmentResult.Adult => "Adult (18 or over)",
        AgeAssessmentResult.Inconclusive => "Inconclusive",
    };

    public static string Of(DurableSolutionType type) => type switch
    {
        DurableSolutionType.Integration => "Integration in France",
        DurableSolutionType.Relocation => "Relocation to another country",
        DurableSolutionType.Return => "Return",
    };

    public static string Of(MissingEpisodeStatus status) => status switch
    {
        MissingEpisodeStatus.Reported => "Missing",
        MissingEpisodeStatus.Found => "Found",
        MissingEpisodeStatus.Closed => "Closed",
    };

    /// <summary>The title of a notification: its kind only, never who it concerns.</summary>
    public static string Of(Features.Alerts.AlertKind kind) => kind switch
    {
        Features.Alerts.AlertKind.MissingChild => "A child has been reported missing",
        Features.Alerts.AlertKind.ReferralReceived => "A referral has been sent to your service",
        Features.Alerts.AlertKind.PanelAssigned => "You sit on an identification panel: your view is awaited",
        Features.Alerts.AlertKind.DeadlineDueSoon => "A deadline falls due this week",
        Features.Alerts.AlertKind.DeadlineOverdue => "A deadline has passed",
    };

    public static string Of(Features.Home.TaskKind kind) => kind switch
    {
        Features.Home.TaskKind.DeadlineOverdue => "Overdue deadlines",
        Features.Home.TaskKind.DeadlineDueSoon => "Deadlines due this week",
        Features.Home.TaskKind.DecisionAwaiting => "Decisions awaiting your view",
        Features.Home.TaskKind.ReferralIncoming => "Incoming referrals",
        Features.Home.TaskKind.MissingChild => "Missing children",
        Features.Home.TaskKind.LinkageReview => "Linkage pairs to review",
        Features.Home.TaskKind.DataRequestDue => "Data-subject requests to answer",
    };
}
