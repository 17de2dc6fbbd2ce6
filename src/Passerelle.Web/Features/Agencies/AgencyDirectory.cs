using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Agencies;
using Passerelle.Domain.Audit;
using Passerelle.Domain.Geography;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Agencies;

public sealed record AgencyInput(string? Name, AgencyType? Type, string? Departement, bool? IsActive);

public sealed record AgencyView(Guid Id, string Name, AgencyType Type, string? Departement, bool IsActive, int Version, int Users, int Cases);

/// <summary>Creating and editing agencies (administrators; the callers enforce it). Audited.</summary>
public sealed class AgencyDirectory(PasserelleDbContext db, AuditTrail audit, TimeProvider clock)
{
    /// <summary>Agencies by name (names are unique; the id settles any tie all the same).</summary>
    public Task<PagedList<AgencyView>> ListAsync(Paging paging, CancellationToken ct) =>
        Views(db.Agencies.AsNoTracking().OrderBy(a => a.Name).ThenBy(a => a.Id)).ToPageAsync(paging, ct);

    public async Task<AgencyView?> FindAsync(Guid id, CancellationToken ct) =>
        await Views(db.Agencies.AsNoTracking().Where(a => a.Id == id)).FirstOrDefaultAsync(ct);

    private IQueryable<AgencyView> Views(IQueryable<Agency> agencies) =>
        agencies.Select(a => new AgencyView(a.Id, a.Name, a.Type, a.Departement, a.IsActive, a.Version,
            db.Users.Count(u => u.AgencyId == a.Id), db.Cases.Count(c => c.AgencyId == a.Id)));

    private async Task<Dictionary<string, string[]>> ValidateAsync(AgencyInput input, Guid? id, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > 200)
        {
            errors["name"] = ["A name of 1 to 200 characters is required."];
        }
        else if (await db.Agencies.AnyAsync(a => a.Name == name && a.Id != id, ct))
        {
            errors["name"] = ["Another agency already has this name."];
        }

        if (input.Type is null)
        {
            errors["type"] = ["The agency type is required."];
        }

        if (!string.IsNullOrWhiteSpace(input.Departement) && !Departements.IsKnown(input.Departement.Trim()))
        {
            errors["departement"] = ["The département must be a French département code, such as 75, 2A or 971."];
        }

        return errors;
    }

    /// <summary>Creates an agency (201): 400 naming every bad field.</summary>
    public async Task<WriteResult<AgencyView>> CreateAsync(AgencyInput input, CancellationToken ct)
    {
        var errors = await ValidateAsync(input, null, ct);
        if (errors.Count > 0)
        {
            return WriteError.Invalid(errors, "agency.invalid");
        }

        var agency = new Agency
        {
            Name = input.Name!.Trim(),
            Type = input.Type!.Value,
            Departement = Blank(input.Departement),
            IsActive = input.IsActive ?? true,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Agencies.Add(agency);
        audit.Record(AuditEventType.AgencyCreated, details: $"agency={agency.Id} type={agency.Type}");
        await audit.CommitAsync(cancellationToken: ct);
        return Write.Created((await FindAsync(agency.Id, ct))!);
    }

    /// <summary>Updates an agency if <paramref name="expected"/> is its current version (412 otherwise).</summary>
    public async Task<WriteResult<AgencyView>> UpdateAsync(Guid id, AgencyInput input, IfMatch expected, CancellationToken ct)
    {
        var agency = await db.Agencies.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (agency is null)
        {
            return WriteError.NotFound();
        }

        var errors = await ValidateAsync(input, id, ct);
        if (errors.Count > 0)
        {
            return WriteError.Invalid(errors, "agency.invalid");
        }

        if (agency.Version != expected.Version)
        {
            return Stale;
        }

        agency.Name = input.Name!.Trim();
        agency.Type = input.Type!.Value;
        agency.Departement = Blank(input.Departement);
        agency.IsActive = input.IsActive ?? agency.IsActive;
        audit.Record(AuditEventType.AgencyUpdated, details: $"agency={agency.Id} type={agency.Type} active={agency.IsActive}");
        try
        {
            await audit.CommitAsync(cancellationToken: ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Stale;
        }

        return (await FindAsync(id, ct))!;
    }

    private static WriteError Stale => WriteError.Stale("agency.stale", ProblemTexts.AgencyStale);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().ToUpperInvariant();
}
