using Passerelle.Domain.Access;

namespace Passerelle.Web.Tests.Access;

/// <summary>
/// The declared authorization matrix: who may call each route, on which object, and which identifying values may
/// come back. Written from the README's role table, not read from the code: a route the application serves without
/// an entry here fails the test.
/// </summary>
public static class AuthorizationMatrix
{
    /// <summary>Which roles pass a route's gate (its policy), before any case relation is considered.</summary>
    public enum Gate
    {
        /// <summary>No sign-in needed (health, OpenAPI, sign-in pages): not checked per role.</summary>
        Public,

        /// <summary>Any signed-in member, whatever the role.</summary>
        Member,

        /// <summary>Screeners and case managers.</summary>
        Workers,

        /// <summary>Screeners, case managers and the coordinator.</summary>
        Readers,
        Coordinator,

        /// <summary>The statistician and the coordinator.</summary>
        Statistics,

        /// <summary>The coordinator and the administrator (the services directory).</summary>
        Directory,
        Auditor,
        Administrator,
    }

    /// <summary>What a route's <c>{id}</c> names.</summary>
    public enum Target
    {
        None,
        Case,
        Referral,
        Provider,
        User,
        Agency,

        /// <summary>An object the matrix does not seed (a pair, an enquiry…): an unknown id, so only refusals are meaningful.</summary>
        Unknown,
    }

    public enum Outcome
    {
        Allowed,
        Forbidden,
        NotFound,
    }

    /// <summary>
    /// A route's rule. <paramref name="Operation"/>: the case operation a <see cref="Target.Case"/> route needs (decided by
    /// <see cref="CaseAccess.Decide"/> for the principal's relation); <paramref name="MayBeAbsent"/>: an allowed read may
    /// answer 404 because the object has nothing of that kind yet.
    /// </summary>
    /// <paramref name="HoldingOnly"/>: only the holding agency (the one relation that reads the identity) passes; any other relation is 404.
    public sealed record Rule(Gate Gate, Target Target = Target.None, CaseOperation? Operation = null, bool MayBeAbsent = false, bool HoldingOnly = false);

    /// <summary>A demo user, with their relation to case S (and to T, which only the NGO holds).</summary>
    public sealed record Principal(string Email, Role Role, CaseRelation ToS, CaseRelation ToT)
    {
        public CaseRelation RelationTo(string name) => name == "S" ? ToS : ToT;
    }

    public static readonly Principal[] Principals =
    [
        new("ngo@demo.test", Role.CaseManager, CaseRelation.HoldingAgency, CaseRelation.HoldingAgency),
        new("childwelfare@demo.test", Role.CaseManager, CaseRelation.LeadAgency, CaseRelation.None),
        new("police@demo.test", Role.Screener, CaseRelation.PanelMember, CaseRelation.None),
        new("shelter@demo.test", Role.CaseManager, CaseRelation.Provider, CaseRelation.None),
        new("ngo2@demo.test", Role.CaseManager, CaseRelation.None, CaseRelation.None),
        new("coordinator@demo.test", Role.Coordinator, CaseRelation.Coordinator, CaseRelation.Coordinator),
        new("statistician@demo.test", Role.Statistician, CaseRelation.None, CaseRelation.None),
        new("auditor@demo.test", Role.Auditor, CaseRelation.None, CaseRelation.None),
        new("admin@demo.test", Role.Administrator, CaseRelation.None, CaseRelation.None),
    ];

    public static bool Admits(this Gate gate, Role role) => gate switch
    {
        Gate.Public or Gate.Member => true,
        Gate.Workers => role is Role.Screener or Role.CaseManager,
        Gate.Readers => role is Role.Screener or Role.CaseManager or Role.Coordinator,
        Gate.Coordinator => role == Role.Coordinator,
        Gate.Statistics => role is Role.Statistician or Role.Coordinator,
        Gate.Directory => role is Role.Coordinator or Role.Administrator,
        Gate.Auditor => role == Role.Auditor,
        Gate.Administrator => role == Role.Administrator,
    };

    public static Outcome Expect(Rule rule, Principal principal, CaseRelation relation)
    {
        if (!rule.Gate.Admits(principal.Role))
        {
            return Outcome.Forbidden;
        }

        if (rule.Target is not (Target.Case or Target.Referral) || rule.Operation is not { } operation)
        {
            return Outcome.Allowed;
        }

        if (rule.HoldingOnly && relation != CaseRelation.HoldingAgency)
        {
            return Outcome.NotFound;
        }

        return CaseAccess.Decide(principal.Role, relation).Allows(operation) ? Outcome.Allowed : Outcome.NotFound;
    }

    /// <summary>Distinctive fictitious identifying values of cases S and T.</summary>
    public static class Markers
    {
        public static IReadOnlyDictionary<IdentifyingField, string> Of(string name) => new Dictionary<IdentifyingField, string>
        {
            [IdentifyingField.LegalName] = $"Zorglub-{name}-Legalname",
            [IdentifyingField.DateOfBirth] = name == "S" ? "2011-10-29" : "1990-10-27",
            [IdentifyingField.Phone] = name == "S" ? "+33 9 87 65 43 21" : "+33 9 12 21 34 43",
            // A BCP 47 tag (an ISO 639 code and a private-use subtag): valid, and found nowhere else.
            [IdentifyingField.Languages] = $"zu-x-zorglub{name.ToLowerInvariant()}",
            [IdentifyingField.Notes] = $"Zorglub-{name}-Notes",
        };

        /// <summary>The values of S and T this principal may not read anywhere.</summary>
        public static IEnumerable<string> Forbidden(Principal principal) =>
            new[] { ("S", principal.ToS), ("T", principal.ToT) }.SelectMany(c =>
            {
                var readable = CaseAccess.Decide(principal.Role, c.Item2).Readable;
                return Of(c.Item1).Where(f => (readable & f.Key) != f.Key).Select(f => f.Value);
            });
    }

    private static Rule Open() => new(Gate.Public);

    private static Rule Any() => new(Gate.Member);

    private static Rule For(Gate gate, Target target = Target.None) => new(gate, target);

    /// <summary>A referral of case S: read as the referred person, by the case's agencies, the coordinator and the active provider.</summary>
    private static Rule OnReferral(Gate gate) => new(gate, Target.Referral, CaseOperation.ReadReferredPerson);

    private static Rule OnCase(CaseOperation operation, Gate gate = Gate.Readers, bool mayBeAbsent = false) =>
        new(gate, Target.Case, operation, mayBeAbsent);

    /// <summary>Every API operation (<c>METHOD /path</c> as in the OpenAPI document) and page (<c>PAGE /route</c>).</summary>
    public static readonly IReadOnlyDictionary<string, Rule> Routes = new Dictionary<string, Rule>(StringComparer.Ordinal)
    {
        // Sign-in and public documents: no role to check.
        ["POST /api/v1/auth/login"] = Open(),
        ["PAGE /Account/Login"] = Open(),
        ["PAGE /Account/LoginWith2fa"] = Open(),
        ["PAGE /Account/Language"] = Open(),
        ["PAGE /Account/AccessDenied"] = Open(),
        ["PAGE /Account/Logout"] = Open(),
        ["PAGE /Error/{code:int}"] = Open(),
        ["PAGE /Account/ExternalLogin"] = Open(),
        ["PAGE /Account/PasskeyLogin"] = Open(),

        // Any member.
        ["PAGE /"] = Any(),
        ["PAGE /Account/Manage/TwoFactor"] = Any(),
        ["PAGE /Account/Manage/Password"] = Any(),
        ["PAGE /Account/Manage/Passkeys"] = Any(),
        ["POST /api/v1/account/password"] = Any(),
        ["POST /api/v1/auth/logout"] = Any(),
        ["PAGE /Docs/Api"] = Any(),
        ["PAGE /Alerts"] = Any(),
        ["PAGE /Alerts/Index"] = Any(),
        ["GET /api/v1/alerts"] = Any(),
        ["POST /api/v1/alerts/{alertId}/read"] = new(Gate.Member, Target.Unknown, MayBeAbsent: true),
        ["GET /api/v1/me/tasks"] = Any(),
        ["GET /api/v1/me/notifications"] = Any(),
        ["POST /api/v1/me/notifications/{id}/read"] = new(Gate.Member, Target.Unknown, MayBeAbsent: true),
        ["POST /api/v1/me/notifications/read-all"] = Any(),
        ["PAGE /Notifications"] = Any(),
        ["PAGE /Notifications/Index"] = Any(),
        ["GET /api/v1/indicators"] = Any(),
        ["GET /api/v1/indicators/catalogue"] = Any(),
        ["POST /api/v1/qualification"] = Any(),
        ["PAGE /Qualification"] = Any(),
        ["PAGE /Qualification/Index"] = Any(),
        ["GET /api/v1/deadlines/calculate"] = Any(),
        ["PAGE /Deadlines/Calculator"] = Any(),
        ["GET /api/v1/commissions/{departement}"] = Any(),
        // Commission calendars are configured nationally.
        ["PUT /api/v1/commissions/{departement}"] = For(Gate.Directory),
        ["PAGE /Deadlines/Commissions"] = For(Gate.Directory),
        ["GET /api/v1/providers"] = Any(),
        ["PAGE /Providers"] = Any(),
        ["PAGE /Providers/Index"] = Any(),
        ["GET /api/v1/providers/{id}"] = For(Gate.Member, Target.Provider),
        ["GET /api/v1/providers/{id}/capacity-history"] = For(Gate.Member, Target.Provider),
        ["PAGE /Providers/Details/{id:guid}"] = For(Gate.Member, Target.Provider),
        ["PUT /api/v1/providers/{id}/capacity"] = For(Gate.Member, Target.Provider),

        // Cases: lists in the caller's scope, and the case itself by relation.
        ["GET /api/v1/cases"] = For(Gate.Readers),
        ["PAGE /Cases"] = For(Gate.Readers),
        ["PAGE /Cases/Index"] = For(Gate.Readers),
        ["POST /api/v1/cases"] = For(Gate.Workers),
        ["PAGE /Cases/New"] = For(Gate.Workers),

        // HTCDS: an agency exports and imports its own cases; the coordinator exports all, pseudonymised.
        ["GET /api/v1/exports/htcds"] = For(Gate.Readers),
        ["POST /api/v1/imports"] = For(Gate.Workers),
        ["GET /api/v1/imports/{id}"] = new(Gate.Workers, Target.Unknown, MayBeAbsent: true),
        ["PAGE /Imports"] = For(Gate.Workers),
        ["PAGE /Imports/Index"] = For(Gate.Workers),
        ["GET /api/v1/cases/{id}"] = OnCase(CaseOperation.Read),
        ["PAGE /Cases/Details/{id:guid}"] = OnCase(CaseOperation.Read),
        ["PUT /api/v1/cases/{id}"] = OnCase(CaseOperation.Update, Gate.Workers),
        ["PAGE /Cases/Edit/{id:guid}"] = OnCase(CaseOperation.Update, Gate.Workers),
        ["GET /api/v1/cases/{id}/screenings"] = OnCase(CaseOperation.Read),
        ["POST /api/v1/cases/{id}/screenings"] = OnCase(CaseOperation.Update, Gate.Workers),
        ["PAGE /Cases/Screen/{id:guid}"] = OnCase(CaseOperation.Update, Gate.Workers),
        ["GET /api/v1/cases/{id}/identification"] = OnCase(CaseOperation.Read, Gate.Member),
        ["POST /api/v1/cases/{id}/identification/rg"] = OnCase(CaseOperation.Update, Gate.Workers),
        ["POST /api/v1/cases/{id}/identification/cg"] = OnCase(CaseOperation.Update, Gate.Workers),
        // Decided by the panel members, who read the case while it is before them.
        ["POST /api/v1/cases/{id}/identification/rg/decision"] = OnCase(CaseOperation.Read, Gate.Workers),
        ["POST /api/v1/cases/{id}/identification/cg/decision"] = OnCase(CaseOperation.Read, Gate.Workers),
        ["PAGE /Identification"] = For(Gate.Readers),
        ["PAGE /Identification/Index"] = For(Gate.Readers),
        ["GET /api/v1/cases/{id}/qualification"] = OnCase(CaseOperation.ReadFile),
        ["POST /api/v1/cases/{id}/qualification"] = OnCase(CaseOperation.Update, Gate.Workers),
        ["GET /api/v1/cases/{id}/rights"] = OnCase(CaseOperation.ReadFile),
        ["PUT /api/v1/cases/{id}/rights"] = OnCase(CaseOperation.Update, Gate.Workers),
        ["PAGE /Rights/{id:guid}"] = OnCase(CaseOperation.ReadFile),
        ["PAGE /Rights/Index/{id:guid}"] = OnCase(CaseOperation.ReadFile),
        // Closure reads the record (an erased case keeps it); closing is a change of the case.
        ["GET /api/v1/cases/{id}/closure"] = OnCase(CaseOperation.Read),
        ["POST /api/v1/cases/{id}/closure"] = OnCase(CaseOperation.Update, Gate.Workers),
        ["POST /api/v1/cases/{id}/close"] = OnCase(CaseOperation.Update, Gate.Workers),

        // The person's rights (GDPR art. 15): the holding agency, which alone reads the identity, answers them.
        ["GET /api/v1/cases/{id}/personal-data"] = new(Gate.Workers, Target.Case, CaseOperation.Update, HoldingOnly: true),
        ["GET /api/v1/cases/{id}/personal-data.pdf"] = new(Gate.Workers, Target.Case, CaseOperation.Update, HoldingOnly: true),
        ["PAGE /DataProtection/{id:guid}"] = new(Gate.Workers, Target.Case, CaseOperation.Update, HoldingOnly: true),
        ["PAGE /DataProtection/Index/{id:guid}"] = new(Gate.Workers, Target.Case, CaseOperation.Update, HoldingOnly: true),
        // The register of the person's requests (GDPR art. 12, 15–21): the file's readers see it without its texts; the holding agency answers.
        ["GET /api/v1/cases/{id}/data-requests"] = OnCase(CaseOperation.ReadFile),
        ["GET /api/v1/cases/{id}/data-requests/{requestId}"] = OnCase(CaseOperation.ReadFile, mayBeAbsent: true),
        ["POST /api/v1/cases/{id}/data-requests"] = new(Gate.Workers, Target.Case, CaseOperation.Update, HoldingOnly: true),
        ["POST /api/v1/cases/{id}/data-requests/{requestId}/extend"] = new(Gate.Workers, Target.Case, CaseOperation.Update, MayBeAbsent: true, HoldingOnly: true),
        ["POST /api/v1/cases/{id}/data-requests/{requestId}/decide"] = new(Gate.Workers, Target.Case, CaseOperation.Update, MayBeAbsent: true, HoldingOnly: true),
        ["GET /api/v1/data-requests"] = For(Gate.Administrator),
        ["PAGE /DataProtection/Requests"] = For(Gate.Administrator),
        ["PAGE /Retention/Closure/{id:guid}"] = OnCase(CaseOperation.Read),
        ["GET /api/v1/cases/{id}/deadlines"] = OnCase(CaseOperation.ReadFile),
        ["GET /api/v1/cases/{id}/legal-steps"] = OnCase(CaseOperation.ReadFile),
        ["PAGE /LegalSteps/{id:guid}"] = OnCase(CaseOperation.ReadFile),
        ["PAGE /LegalSteps/Index/{id:guid}"] = OnCase(CaseOperation.ReadFile),
        ["POST /api/v1/cases/{id}/legal-steps"] = OnCase(CaseOperation.Update, Gate.Workers),
        ["PUT /api/v1/cases/{id}/legal-steps/{stepId}/outcome"] = OnCase(CaseOperation.Update, Gate.Workers),
        ["GET /api/v1/deadlines"] = For(Gate.Readers),
        ["PAGE /Deadlines"] = For(Gate.Readers),
        ["PAGE /Deadlines/Index"] = For(Gate.Readers),
        ["POST /api/v1/deadlines/digest"] = For(Gate.Coordinator),
        // The case's story: the file's readers see notes and documents exist (text and names only with the identity).
        ["GET /api/v1/cases/{id}/notes"] = OnCase(CaseOperation.ReadFile),
        ["POST /api/v1/cases/{id}/notes"] = OnCase(CaseOperation.Update, Gate.Workers),
        ["PUT /api/v1/cases/{id}/notes/{noteId}"] = OnCase(CaseOperation.Update, Gate.Workers),
        ["GET /api/v1/cases/{id}/timeline"] = OnCase(CaseOperation.ReadFile),
        ["GET /api/v1/cases/{id}/attachments"] = OnCase(CaseOperation.ReadFile),
        ["POST /api/v1/cases/{id}/attachments"] = OnCase(CaseOperation.Update, Gate.Workers),
        // A document the matrix does not seed: only the gate is checked here (AttachmentsApiTests checks the relations).
        ["GET /api/v1/cases/{id}/attachments/{attachmentId}"] = new(Gate.Readers, Target.Unknown, MayBeAbsent: true),
        ["GET /api/v1/cases/{id}/summary.pdf"] = OnCase(CaseOperation.ReadFile),
        ["GET /api/v1/cases/{id}/rights-sheet.pdf"] = OnCase(CaseOperation.ReadFile),
        // Case S has no decision yet (its panel is pending): 404 attestation.no-decision for those who may read it.
        ["GET /api/v1/cases/{id}/attestation.pdf"] = OnCase(CaseOperation.ReadFile, mayBeAbsent: true),
        ["GET /api/v1/referrals/{id}/form.pdf"] = OnReferral(Gate.Readers),
        ["GET /api/v1/cases/{id}/proceedings"] = OnCase(CaseOperation.ReadFile),
        ["PUT /api/v1/cases/{id}/proceedings"] = OnCase(CaseOperation.Update, Gate.Workers),
        ["PAGE /Proceedings/{id:guid}"] = OnCase(CaseOperation.ReadFile),
        ["PAGE /Proceedings/Index/{id:guid}"] = OnCase(CaseOperation.ReadFile),
        ["GET /api/v1/cases/{id}/linkage"] = OnCase(CaseOperation.ReadFile),
        ["GET /api/v1/cases/{id}/child-protection"] = OnCase(CaseOperation.ReadFile),
        ["PAGE /Cases/{id:guid}/ChildProtection"] = OnCase(CaseOperation.Update, Gate.Workers),
        ["PUT /api/v1/cases/{id}/child-protection/lead-agency"] = OnCase(CaseOperation.Update, Gate.Workers),
        ["PUT /api/v1/cases/{id}/child-protection/guardian"] = OnCase(CaseOperation.Update, Gate.Workers),
        ["PUT /api/v1/cases/{id}/child-protection/durable-solution"] = OnCase(CaseOperation.Update, Gate.Workers),
        ["POST /api/v1/cases/{id}/child-protection/age-assessments"] = OnCase(CaseOperation.Update, Gate.Workers),
        ["POST /api/v1/cases/{id}/child-protection/best-interests"] = OnCase(CaseOperation.Update, Gate.Workers),
        ["POST /api/v1/cases/{id}/missing-episodes"] = OnCase(CaseOperation.Update, Gate.Workers),
        ["POST /api/v1/cases/{id}/missing-episodes/{episodeId}/found"] = OnCase(CaseOperation.Update, Gate.Workers),
        ["POST /api/v1/cases/{id}/missing-episodes/{episodeId}/close"] = OnCase(CaseOperation.Update, Gate.Workers),

        // Referrals: the case's agencies and the coordinator; the provider of an active referral.
        ["GET /api/v1/cases/{id}/referrals"] = OnCase(CaseOperation.ReadFile),
        ["POST /api/v1/cases/{id}/referrals"] = OnCase(CaseOperation.Update, Gate.Workers),
        ["PAGE /Referrals/New/{id:guid}"] = OnCase(CaseOperation.Update, Gate.Workers),
        ["GET /api/v1/referrals"] = For(Gate.Readers),
        ["PAGE /Referrals"] = For(Gate.Workers),
        ["PAGE /Referrals/Index"] = For(Gate.Workers),
        ["GET /api/v1/referrals/{id}"] = OnReferral(Gate.Readers),
        ["PAGE /Referrals/Details/{id:guid}"] = OnReferral(Gate.Readers),
        ["POST /api/v1/referrals/{id}/accept"] = OnReferral(Gate.Workers),
        ["POST /api/v1/referrals/{id}/decline"] = OnReferral(Gate.Workers),
        ["POST /api/v1/referrals/{id}/complete"] = OnReferral(Gate.Workers),
        ["POST /api/v1/referrals/{id}/withdraw"] = OnReferral(Gate.Workers),
        ["POST /api/v1/referrals/{id}/guardian-notice"] = OnReferral(Gate.Workers),
        ["POST /api/v1/providers"] = For(Gate.Directory),
        ["PUT /api/v1/providers/{id}"] = For(Gate.Directory, Target.Provider),
        ["PAGE /Providers/New"] = For(Gate.Directory),

        // National coordination.
        ["POST /api/v1/indicators/catalogue"] = For(Gate.Coordinator),
        ["GET /api/v1/linkage/runs"] = For(Gate.Coordinator),
        ["POST /api/v1/linkage/runs"] = For(Gate.Coordinator),
        ["GET /api/v1/linkage/reviews"] = For(Gate.Coordinator),
        ["GET /api/v1/linkage/links"] = For(Gate.Coordinator),
        ["POST /api/v1/linkage/reviews/{id}/accept"] = new(Gate.Coordinator, Target.Unknown, MayBeAbsent: true),
        ["POST /api/v1/linkage/reviews/{id}/reject"] = new(Gate.Coordinator, Target.Unknown, MayBeAbsent: true),
        ["POST /api/v1/linkage/links/{id}/unlink"] = new(Gate.Coordinator, Target.Unknown, MayBeAbsent: true),
        ["PAGE /Linkage"] = For(Gate.Coordinator),
        ["PAGE /Linkage/Index"] = For(Gate.Coordinator),
        ["GET /api/v1/focal-point/enquiries"] = For(Gate.Coordinator),
        ["POST /api/v1/focal-point/enquiries"] = For(Gate.Coordinator),
        ["GET /api/v1/focal-point/enquiries/{enquiryId}"] = new(Gate.Coordinator, Target.Unknown, MayBeAbsent: true),
        ["POST /api/v1/focal-point/enquiries/{enquiryId}/answer"] = new(Gate.Coordinator, Target.Unknown, MayBeAbsent: true),
        ["GET /api/v1/focal-point/missing-children"] = For(Gate.Coordinator),
        ["PAGE /FocalPoint"] = For(Gate.Coordinator),
        ["PAGE /FocalPoint/Index"] = For(Gate.Coordinator),
        ["PAGE /FocalPoint/Details/{id:guid}"] = new(Gate.Coordinator, Target.Unknown, MayBeAbsent: true),

        // Statistics: protected aggregates only.
        ["GET /api/v1/statistics"] = For(Gate.Statistics),
        ["GET /api/v1/statistics/{measure}"] = new(Gate.Statistics, Target.Unknown, MayBeAbsent: true),
        ["GET /api/v1/statistics/export"] = For(Gate.Statistics),
        ["PAGE /Statistics"] = For(Gate.Statistics),
        ["PAGE /Statistics/Index"] = For(Gate.Statistics),
        ["PAGE /Statistics/Report"] = For(Gate.Statistics),

        // Audit and administration.
        ["GET /api/v1/audit"] = For(Gate.Auditor),
        ["GET /api/v1/audit/verify"] = For(Gate.Auditor),
        ["PAGE /Audit"] = For(Gate.Auditor),
        ["PAGE /Audit/Index"] = For(Gate.Auditor),
        ["GET /api/v1/agencies"] = For(Gate.Administrator),
        ["POST /api/v1/agencies"] = For(Gate.Administrator),
        ["PUT /api/v1/agencies/{id}"] = For(Gate.Administrator, Target.Agency),
        ["PAGE /Agencies"] = For(Gate.Administrator),
        ["PAGE /Agencies/Index"] = For(Gate.Administrator),
        ["PAGE /Agencies/Edit/{id:guid}"] = For(Gate.Administrator, Target.Agency),
        ["GET /api/v1/users"] = For(Gate.Administrator),
        ["POST /api/v1/users"] = For(Gate.Administrator),
        ["PUT /api/v1/users/{id}"] = For(Gate.Administrator, Target.User),
        ["POST /api/v1/users/{id}/reset-password"] = For(Gate.Administrator, Target.User),
        ["POST /api/v1/users/{id}/unlock"] = For(Gate.Administrator, Target.User),
        ["PAGE /Users"] = For(Gate.Administrator),
        ["PAGE /Users/Index"] = For(Gate.Administrator),
        ["PAGE /Users/Edit/{id:guid}"] = For(Gate.Administrator, Target.User),
        ["GET /api/v1/retention"] = For(Gate.Administrator),
        ["POST /api/v1/retention/erasure"] = For(Gate.Administrator),
        ["PAGE /Retention"] = For(Gate.Administrator),
        ["PAGE /Retention/Index"] = For(Gate.Administrator),
    };
}
