using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Access;
using Passerelle.Domain.Audit;
using Passerelle.Domain.Cases;
using Passerelle.Domain.Time;
using Passerelle.Web.Features.Agencies;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Cases;

/// <summary>
/// Registering, finding, listing and editing cases, scoped to the current user and audited. The API and the
/// pages both go through here, so the access rules and the audit are the same whichever door is used.
/// </summary>
public sealed class CaseRegistry(
    PasserelleDbContext db, CurrentUser user, AuditTrail audit, CaseIdentityProtector protector, TimeProvider clock, CaseGuard guard,
    CaseNumbers numbers, Linkage.IncrementalLinkage linkage, ILogger<CaseRegistry> logger)
{
    public DateOnly Today => clock.Today();

    public async Task<PagedList<CaseSummary>> SearchAsync(CaseQuery query, CancellationToken ct)
    {
        var cases = db.CasesFor(user, CaseOperation.ReadFile).AsNoTracking();
        var text = query.Text?.Trim();
        if (!string.IsNullOrEmpty(text))
        {
            if (CaseReference.TryParse(text, out var reference))
            {
                var formatted = reference.ToString();
                cases = cases.Where(c => c.Reference == formatted);
            }
            else
            {
                var folded = SearchText.Normalise(text);
                // Only where the user reads legal names — the holding agency — may they look a person up by one: for
                // anyone else (the coordinator, a lead agency) it would be an oracle telling whether somebody is known.
                var nameIndex = CaseAccess.Decide(user.Role, CaseRelation.HoldingAgency).Reads(IdentifyingField.LegalName) ? protector.BlindIndex(text) : null;
                var holdingAgencyId = user.AgencyId;
                cases = cases.Where(c => c.PseudonymSearch.Contains(folded) || (nameIndex != null && c.LegalNameIndex == nameIndex && c.AgencyId == holdingAgencyId));
            }
        }

        if (query.Status is { } status)
        {
            cases = cases.Where(c => c.Status == status);
        }

        if (query.Form is { } form)
        {
            cases = cases.Where(c => c.ExploitationForms.Contains(form));
        }

        if (!string.IsNullOrWhiteSpace(query.Departement))
        {
            var departement = query.Departement.Trim().ToUpperInvariant();
            cases = cases.Where(c => c.Departement == departement);
        }

        // The reference (year, number) is unique: pages never overlap.
        var page = await cases
            .OrderByDescending(c => c.ReferenceYear).ThenByDescending(c => c.ReferenceNumber)
            .ToPageAsync(Paging.Of(query.Page, query.PageSize), rows => rows
                .Join(db.Agencies, c => c.AgencyId, a => a.Id, (c, a) => new { Case = c, Agency = a.Name })
                .OrderByDescending(x => x.Case.ReferenceYear).ThenByDescending(x => x.Case.ReferenceNumber)
                .Select(x => new CaseSummary(
                    x.Case.Id, x.Case.Reference, x.Case.Pseudonym, x.Case.Sex, x.Case.BirthYear, x.Case.EstimatedAge, x.Case.AgeDisputed, x.Case.Nationality,
                    x.Case.ExploitationForms, x.Case.Departement, x.Case.DetectedOn, x.Case.Status, x.Agency)), ct);

        audit.Record(AuditEventType.CasesListed, details: Truncate(
            $"page={query.Page} total={page.Total} shown={string.Join(',', page.Items.Select(i => i.Reference))}"));
        await audit.CommitAsync(cancellationToken: ct);
        return page;
    }

    /// <summary>
    /// The case as this user may see it, or null when it does not exist or the user may not perform
    /// <paramref name="operation"/> on it (a form that changes the case asks for <see cref="CaseOperation.Update"/>).
    /// </summary>
    public async Task<CaseView?> ViewAsync(Guid id, CancellationToken ct, CaseOperation operation = CaseOperation.Read)
    {
        var found = await db.CasesFor(user, operation).AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (found is null)
        {
            return null;
        }

        audit.Record(AuditEventType.CaseViewed, found.Id, found.Reference);
        await audit.CommitAsync(cancellationToken: ct);
        return await ToViewAsync(found, ct);
    }

    /// <summary>
    /// Registers a case in the user's agency, audited, then links it. An import passes the source row's key
    /// (<see cref="Case.ImportKey"/>): a second import of the row then fails on the unique index instead of duplicating it.
    /// </summary>
    public async Task<CaseView> RegisterAsync(CaseFacts facts, CancellationToken ct, string? importKey = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var year = now.Year;
        Case? created = null;
        (Agency Agency, bool ShowIdentity) answer = default;
        async Task RegisterAs(int number, CancellationToken token)
        {
            created = Case.Register(new CaseReference(year, number), user.AgencyId, user.Id, now);
            created.Record(facts, protector.Protect(facts.Identity), protector.BlindIndex(facts.Identity.LegalName), user.Id, now, protector.ProtectPlaces(facts.Places));
            if (importKey is not null)
            {
                created.MarkImported(importKey);
            }

            db.Cases.Add(created);
            audit.Record(AuditEventType.CaseCreated, created.Id, importKey is null ? created.Reference : $"{created.Reference} imported");
            // What the answer needs from the database is read before the commit: once the case is stored, building
            // the answer must not fail (a 500 for a stored case makes the client create it again).
            answer = await ViewContextAsync(created, token);
        }

        if (await numbers.NextAsync(year, ct) is { } drawn)
        {
            await RegisterAs(drawn, ct);
            await audit.CommitAsync(cancellationToken: ct);
        }
        else
        {
            await audit.CommitAsync(async token =>
                await RegisterAs((await db.Cases.Where(c => c.ReferenceYear == year).MaxAsync(c => (int?)c.ReferenceNumber, token) ?? 0) + 1, token), ct);
        }

        await LinkAtOnceAsync(created!.Id);
        return ToView(created!, answer.Agency!, answer.ShowIdentity);
    }

    /// <summary>
    /// Replaces the facts of a case if <paramref name="expected"/> is still its version; a stale version changes
    /// nothing (412).
    /// </summary>
    public async Task<WriteResult<CaseView>> UpdateAsync(Guid id, CaseFacts facts, IfMatch expected, CancellationToken ct)
    {
        var found = await db.CasesFor(user, CaseOperation.Update).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (found is null)
        {
            return WriteError.NotFound();
        }

        // A field the user may not read is a field they may not write: it keeps its stored value.
        var writable = (await guard.PermissionsAsync(found, ct)).Writable;
        var identity = writable == IdentifyingField.All ? facts.Identity : Merge(protector.Unprotect(found.ProtectedIdentity), facts.Identity, writable);

        var expectedVersion = expected.Version;
        if (found.Version != expectedVersion)
        {
            return Stale;
        }

        // The version read above may already be stale by the time we save: EF's concurrency token on
        // Version turns that race into a DbUpdateConcurrencyException instead of a silent lost update.
        db.Entry(found).Property(c => c.Version).OriginalValue = expectedVersion;
        var answer = await ViewContextAsync(found, ct);
        var protectedIdentity = writable == IdentifyingField.None ? found.ProtectedIdentity : protector.Protect(identity);
        var nameIndex = writable == IdentifyingField.None ? found.LegalNameIndex : protector.BlindIndex(identity.LegalName);
        found.Record(facts, protectedIdentity, nameIndex, user.Id, clock.GetUtcNow().UtcDateTime, Places(found.Places, facts.Places, writable));
        audit.Record(AuditEventType.CaseUpdated, found.Id, found.Reference);
        try
        {
            await audit.CommitAsync(cancellationToken: ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Stale;
        }

        await LinkAtOnceAsync(found.Id);
        return ToView(found, answer.Agency, answer.ShowIdentity);
    }

    /// <summary>The places to store: a user who may not write the address keeps each stored city (by position).</summary>
    private IReadOnlyList<StoredPlace> Places(IReadOnlyList<StoredPlace> stored, IReadOnlyList<Domain.Htcds.TraffickingPlace> given, IdentifyingField writable)
    {
        var places = protector.ProtectPlaces(given);
        return (writable & IdentifyingField.Address) == IdentifyingField.Address
            ? places
            : [.. places.Select((p, i) => p with { ProtectedCity = i < stored.Count ? stored[i].ProtectedCity : null })];
    }

    private static WriteError Stale => WriteError.Stale("case.stale", ProblemTexts.CaseStale);

    /// <summary>The facts of a case, for an edit form. Only for users who may write it.</summary>
    public static CaseFacts ToFacts(CaseView view) => new()
    {
        Pseudonym = view.Pseudonym,
        Sex = view.Sex,
        BirthYear = view.BirthYear,
        EstimatedAge = view.EstimatedAge,
        AgeDisputed = view.AgeDisputed,
        Nationality = view.Nationality,
        ExploitationForms = view.ExploitationForms,
        RecruitmentMeans = view.RecruitmentMeans,
        Departement = view.Departement,
        DetectedOn = view.DetectedOn,
        MethodsOfControl = view.MethodsOfControl,
        ForcedLabourIndustry = view.ForcedLabourIndustry,
        SexExploitationTypes = view.SexExploitationTypes,
        Places = view.Places,
        DataSharingConsent = view.DataSharingConsent,
        Identity = new IdentifyingFields
        {
            LegalName = view.LegalName,
            DateOfBirth = view.DateOfBirth,
            Phone = view.Phone,
            Languages = view.Languages ?? [],
            Notes = view.Notes,
        },
    };

    /// <summary>
    /// Links a stored case at once (docs/linkage.md, "At once"). The case is already stored: a failure here is
    /// logged and left to the nightly run, never turned into an error answer for a write that succeeded.
    /// </summary>
    private async Task LinkAtOnceAsync(Guid caseId)
    {
        try
        {
            await linkage.LinkCaseAsync(caseId, CancellationToken.None);
        }
#pragma warning disable CA1031 // Any failure: the write succeeded, the nightly linkage links the case.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            logger.LogError(exception, "Linkage at once failed for case {CaseId}: the nightly run will link it", caseId);
        }
    }

    private async Task<CaseView> ToViewAsync(Case c, CancellationToken ct)
    {
        var (agency, showIdentity) = await ViewContextAsync(c, ct);
        return ToView(c, agency, showIdentity);
    }

    /// <summary>What a case's view needs from the database: its agency, and whether the user may read its identity.</summary>
    private async Task<(Agency Agency, bool ShowIdentity)> ViewContextAsync(Case c, CancellationToken ct)
    {
        // The coordinator, a lead agency and a panel member of another agency read the case pseudonymised.
        var showIdentity = await guard.MayAsync(c, CaseOperations.ReadIdentity, ct);
        // The guard's statement read the holding agency too (one round trip less per case read).
        var agency = guard.HoldingAgencyOf(c) ?? await db.Agencies.AsNoTracking().FirstAsync(a => a.Id == c.AgencyId, ct);
        return (agency, showIdentity);
    }

    /// <summary>The view of a case, built in memory (no database, nothing that can fail once a write is stored).</summary>
    private CaseView ToView(Case c, Agency agency, bool showIdentity)
    {
        var identity = showIdentity ? protector.Unprotect(c.ProtectedIdentity) : IdentifyingFields.Empty;
        return new CaseView
        {
            Id = c.Id,
            Reference = c.Reference,
            Pseudonym = c.Pseudonym,
            Sex = c.Sex,
            BirthYear = c.BirthYear,
            EstimatedAge = c.EstimatedAge,
            AgeDisputed = c.AgeDisputed,
            Nationality = c.Nationality,
            ExploitationForms = c.ExploitationForms,
            RecruitmentMeans = c.RecruitmentMeans,
            Departement = c.Departement,
            DetectedOn = c.DetectedOn,
            MethodsOfControl = c.MethodsOfControl,
            ForcedLabourIndustry = c.ForcedLabourIndustry,
            SexExploitationTypes = c.SexExploitationTypes,
            Places = protector.UnprotectPlaces(c.Places, showIdentity),
            DataSharingConsent = c.DataSharingConsent,
            Status = c.Status,
            Agency = new AgencyRef(agency.Id, agency.Name, agency.Type),
            CreatedAt = c.CreatedAt,
            UpdatedAt = c.UpdatedAt,
            Version = c.Version,
            IdentityVisible = showIdentity,
            LegalName = identity.LegalName,
            DateOfBirth = identity.DateOfBirth,
            Phone = identity.Phone,
            Languages = showIdentity ? identity.Languages : null,
            Notes = identity.Notes,
        };
    }

    private static IdentifyingFields Merge(IdentifyingFields stored, IdentifyingFields given, IdentifyingField writable)
    {
        bool W(IdentifyingField field) => (writable & field) == field;
        return new IdentifyingFields
        {
            LegalName = W(IdentifyingField.LegalName) ? given.LegalName : stored.LegalName,
            DateOfBirth = W(IdentifyingField.DateOfBirth) ? given.DateOfBirth : stored.DateOfBirth,
            Phone = W(IdentifyingField.Phone) ? given.Phone : stored.Phone,
            Languages = W(IdentifyingField.Languages) ? given.Languages : stored.Languages,
            Notes = W(IdentifyingField.Notes) ? given.Notes : stored.Notes,
        };
    }

    private static string Truncate(string text) => text.Length <= 2000 ? text : text[..2000];
}
