using System.Text.RegularExpressions;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Access;

/// <summary>
/// Issue 12: a new query must not forget the agency scope. Every use of <c>db.Cases</c> in the web host either goes
/// through the scope (<c>db.CasesFor(user, operation)</c>, <c>.VisibleTo(…)</c>, <c>.ReadableBy(…)</c> on the same
/// line) or is listed below with the reason it needs every case. A new unscoped use fails this test until it is
/// scoped or given a reason a reviewer can judge.
/// </summary>
public sealed partial class CaseScopeGuardTests
{
    /// <summary>File (under src/Passerelle.Web/ or src/Passerelle.Persistence/), a fragment of the line, and why the query needs no user scope.</summary>
    private static readonly (string File, string Line, string Why)[] Unscoped =
    [
        ("Features/Cases/CaseScoping.cs", "Where(db.Cases, user.Role", "the scope itself"),
        ("Features/Cases/CaseRegistry.cs", "c.ReferenceYear == year", "next reference number: the maximum over every agency, nothing returned but a number"),
        ("Features/Cases/CaseRegistry.cs", "db.Cases.Add(created)", "a new case, of the user's own agency"),
        ("Features/Cases/CaseFactsChanged.cs", "missing.Contains(c.Id)", "the one write path, after the service authorised the write"),
        ("Features/Cases/CaseFactsChanged.cs", "db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id))", "the person keys of the cases just written by an authorised save, read again for the statistics rows"),
        ("Features/Documents/CaseDocuments.cs", "FirstAsync(x => x.Id == caseId", "the summary PDF, after CasesFor(user, ReadFile) checked this case at the entry point"),
        ("Features/Rights/RightsService.cs", "Db.Cases.AsNoTracking().Where(c => c.Id == caseId)", "validation of a write the base service already authorised (CaseFileRecordService)"),
        ("Features/Referrals/ReferralService.cs", "db.Cases.Where(c => c.Id == stored.CaseId).Select(c => c.Reference)", "reference for the audit entry of a referral the user was allowed to act on"),
        ("Features/Referrals/ReferralService.cs", "FirstAsync(c => c.Id == stored.CaseId", "a provider's view of a referral, after CanSeeAsync (provider of an active referral)"),
        ("Features/Referrals/ReferralService.cs", "Select(c => new { c.Id, c.Reference, c.Pseudonym })", "references of referrals already filtered to those the user may see"),
        ("Features/Identification/IdentificationService.cs", "db.Cases.FirstAsync(c => c.Id == caseId, lockedCt)", "re-read under the decision lock, after VisibleTo checked the case"),
        ("Features/Identification/IdentificationService.cs", "db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id))", "a panel member's pending decisions: the cases before their panel (relation: panel member)"),
        ("Features/FocalPoint/FocalPointService.cs", "ToDictionaryAsync(c => c.Id, c => c.Reference", "the National Focal Point's enquiries: references of the cases linked to them"),
        ("Features/FocalPoint/MissingChildren.cs", ".Join(db.Cases", "the National Focal Point's missing-children list: references only, national by role"),
        ("Features/Audit/AuditLog.cs", "ToDictionaryAsync(c => c.Id, c => c.Reference", "the auditor reads the references of audited cases, never their content"),
        ("Features/Audit/AuditLog.cs", "c.Reference == folded", "the auditor's search of the log by case reference"),
        ("Features/Audit/RefusedAccessAudit.cs", "AnyAsync(c => c.Id == id", "whether a refused id exists, recorded in the audit and never told to the caller"),
        ("Features/Agencies/AgencyDirectory.cs", "db.Cases.Count(c => c.AgencyId == a.Id)", "the administrator's count of cases per agency, no case data"),
        ("Features/Imports/ImportWorker.cs", "c.AgencyId == work.AgencyId && c.ImportKey == row.Key", "idempotent import: within the importing agency"),
        ("Features/Retention/RetentionService.cs", "db.Cases.Where(c => c.Id == id).ExecuteUpdateAsync", "erasure at the end of retention (administrator, every agency by law)"),
        ("Features/Retention/RetentionService.cs", "c.Status == CaseStatus.Closed", "retention schedule over every closed case (administrator)"),
        ("Features/Deadlines/DeadlineRecomputer.cs", "c.Id == caseId", "deadline recomputation: a system job, answers no user"),
        ("Features/Deadlines/DeadlineRecomputer.cs", "caseIds.Contains(c.Id)", "deadline recomputation: a system job, answers no user"),
        ("Features/Deadlines/DeadlineRecomputer.cs", "departement == null", "deadline recomputation: a system job, answers no user"),
        ("Features/Statistics/StatisticsMaintenance.cs", "CountAsync(ct) != await db.Cases.CountAsync", "start-up check of the projections: counts only"),
        ("Features/Statistics/StatisticsProjection.cs", "caseIds.Contains(c.Id)).ToListAsync", "statistics projection: aggregates, published only under disclosure control"),
        ("Features/Statistics/StatisticsProjection.cs", "c.ErasedAt != null", "statistics projection rebuild"),
        ("Features/Statistics/StatisticsProjection.cs", "c.ErasedAt == null", "statistics projection rebuild"),
        ("Features/Statistics/StatisticsProjection.cs", "batch.Contains(c.Id)", "statistics projection rebuild"),
        ("Features/Linkage/LinkageRunner.cs", "c.ErasedAt == null", "linkage compares every record: a system job; results are person keys"),
        ("Features/Linkage/IncrementalLinkage.cs", "c.ErasedAt == null).OrderBy", "linkage index of every record: a system job"),
        ("Features/Linkage/IncrementalLinkage.cs", "FirstOrDefaultAsync(c => c.Id == caseId", "linkage of a case just written by an authorised user"),
        ("Features/Linkage/IncrementalLinkage.cs", "others.Contains(c.Id)", "re-keying the cases linked to it: person keys only"),
        ("Features/Linkage/LinkageService.cs", "join l in db.Cases", "the coordinator's review queue: non-identifying facts of both records (matrix-tested)"),
        ("Features/Linkage/LinkageService.cs", "join r in db.Cases", "the coordinator's review queue: non-identifying facts of both records (matrix-tested)"),
        ("Features/Linkage/LinkageService.cs", "o.PersonKey == found.PersonKey", "'recorded elsewhere': a yes or no, never which agency or case"),
        ("Features/Linkage/LinkageService.cs", "ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct)", "the coordinator's review of one pair: non-identifying facts (matrix-tested)"),
        ("Platform/Security/KeysHealthCheck.cs", "c.ProtectedIdentity != null", "readiness probe: decrypts one identity to prove the keys work, answers healthy or not"),
        ("Features/Home/MyTasks.cs", "s.CaseId, c.Reference, s.Stage, s.DueOn, s.NotBefore", "a panel member's decisions awaiting their view: references of the cases before their panel (relation: panel member)"),
        ("Features/Home/MyTasks.cs", "r.Id, r.CaseId, c.Reference, r.Service, r.SentOn", "a provider's incoming referrals: references of the cases referred to the user's agency (relation: provider of an active referral)"),
        ("Features/Home/MyTasks.cs", "p => p.LeftCaseId, c => c.Id, (p, c) => new { p.LeftCaseId, Left = c.Reference", "the coordinator's linkage pairs to review: the two references only"),
        ("Features/Home/MyTasks.cs", "p => p.RightCaseId, c => c.Id, (p, c) => new { p.LeftCaseId, p.Left, Right = c.Reference", "the coordinator's linkage pairs to review: the two references only"),
        ("Features/DataProtection/DataRequestService.cs", ".Join(db.Cases, r => r.CaseId, c => c.Id, (r, c) => new { Request = r, c.Reference })", "the administrator's national register of data-subject requests (GDPR art. 12(3) deadlines): case references only"),
        ("Features/DataProtection/PersonalDataService.cs", "var sameAgency = await db.Cases.AsNoTracking()", "art. 15 export by the holding agency: its own other records of the person (same agency, filtered on the next line)"),
        ("Features/Notifications/DeadlineNotifications.cs", "db.Cases.Where(c => c.ErasedAt == null)", "deadline notifications: a system job, each notice goes to the holding and lead agencies only"),
        ("Platform/Demo/DemoWorkflow.cs", "adults = (await db.Cases.AsNoTracking()", "demo seeding at start, no user"),
        ("Platform/Demo/DemoWorkflow.cs", "lateReceipt = await db.Cases.AsNoTracking()", "demo seeding at start, no user"),
        ("Platform/Demo/DemoSeeder.cs", "db.Cases.AnyAsync(ct)", "demo seeding at start, no user"),
        ("Platform/Demo/DemoSeeder.cs", "db.Cases.Add(created)", "demo seeding at start, no user"),
        ("Features/Rights/DemoRights.cs", "db.Cases.AsNoTracking().OrderBy", "demo seeding at start, no user"),
        ("Features/Referrals/ReferralDemoSeeder.cs", "c.AgencyId == ngoAgencyId", "demo seeding at start, no user"),
        ("Features/Children/ChildrenDemoSeeder.cs", "c.AgencyId == childWelfare.Id", "demo seeding at start, no user"),
    ];

    [Fact]
    public void Every_case_query_is_scoped_or_says_why_not()
    {
        // The host and the persistence project (entities, contexts): a query written next to an entity is scanned too.
        var uses = new[] { "Passerelle.Web", "Passerelle.Persistence" }
            .Select(project => Path.Combine(RepositorySources.Root, "src", project))
            .SelectMany(root => Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories).Select(f => (Root: root, Path: f)))
            .Where(f => !f.Path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f.Path).Select((line, i) => (File: Path.GetRelativePath(f.Root, f.Path).Replace('\\', '/'), Number: i + 1, Line: line)))
            .Where(u => CasesSet().IsMatch(u.Line))
            .ToList();

        var unjustified = uses
            .Where(u => !ScopeCall().IsMatch(u.Line))
            .Where(u => !Unscoped.Any(a => a.File == u.File && u.Line.Contains(a.Line, StringComparison.Ordinal)))
            .Select(u => $"  {u.File}:{u.Number}: {u.Line.Trim()}")
            .ToList();
        var stale = Unscoped
            .Where(a => !uses.Any(u => a.File == u.File && u.Line.Contains(a.Line, StringComparison.Ordinal)))
            .Select(a => $"  {a.File}: {a.Line}")
            .ToList();

        Assert.True(uses.Count > 40, "the scan found too few uses of db.Cases: has the code moved?");
        Assert.True(unjustified.Count == 0,
            "Case queries without the user's scope: use db.CasesFor(user, operation) (or VisibleTo/ReadableBy), or add the line with the reason to CaseScopeGuardTests.Unscoped:\n"
            + string.Join('\n', unjustified));
        Assert.True(stale.Count == 0, "Allowed unscoped queries no longer in the code (remove them from the list):\n" + string.Join('\n', stale));
    }

    [GeneratedRegex(@"\b(db|Db|context)\.Cases\b")]
    private static partial Regex CasesSet();

    [GeneratedRegex(@"\.(VisibleTo|ReadableBy)\(|CasesFor\(")]
    private static partial Regex ScopeCall();
}
