using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Audit;
using Passerelle.Domain.Cases;
using Passerelle.Domain.Identification;
using Passerelle.Domain.Screening;
using Passerelle.Domain.Texts;
using Passerelle.Domain.Time;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Features.Children;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Screenings;

/// <summary>Screening a case with the current catalogue: a preview for the form, and the recorded screening.</summary>
public sealed class ScreeningService(
    PasserelleDbContext db, CurrentUser user, AuditTrail audit, CatalogueStore catalogues, CaseIdentityProtector protector, CaseAge age, TimeProvider clock)
{
    private DateOnly Today => clock.Today();

    /// <summary>Evaluates without storing anything: the verdict the form shows before saving.</summary>
    public async Task<WriteResult<ScreeningView>> PreviewAsync(Guid caseId, ScreeningInput input, Language language, CancellationToken ct)
    {
        var found = await db.Cases.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(c => c.Id == caseId, ct);
        return found is null ? WriteError.NotFound() : await EvaluateAsync(found, input, language, ct);
    }

    public async Task<WriteResult<ScreeningView>> RecordAsync(Guid caseId, ScreeningInput input, Language language, CancellationToken ct)
    {
        var found = await db.Cases.VisibleTo(user).FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (found is null)
        {
            return WriteError.NotFound();
        }

        if (CaseLifecycle.Next(found.Status, CaseEvent.Screened) is null)
        {
            var message = $"A case in status '{ApiEnum.Name(found.Status)}' cannot be screened.";
            return WriteError.Conflict("screening.illegal-transition", ProblemTexts.NotAllowedInThisStatus, message, new Dictionary<string, string[]> { ["status"] = [message] });
        }

        var attempt = await EvaluateAsync(found, input, language, ct);
        if (!attempt.Succeeded)
        {
            return attempt;
        }

        var view = attempt.Value;

        var now = clock.GetUtcNow().UtcDateTime;
        var screening = new CaseScreening
        {
            CaseId = found.Id,
            CatalogueVersion = view.CatalogueVersion,
            Population = view.Population,
            PopulationBasis = view.PopulationBasis,
            Exploitation = view.Exploitation,
            Indicators = [.. view.Indicators],
            AgeDisputed = input.AgeDisputed ?? found.AgeDisputed,
            Verdict = view.Verdict,
            ProtectedNotes = protector.ProtectText(input.Notes),
            ScreenedAt = now,
            ScreenedBy = user.Id,
            AgencyId = user.AgencyId,
        };
        db.CaseScreenings.Add(screening);
        found.Apply(CaseEvent.Screened, user.Id, now);
        audit.Record(AuditEventType.ScreeningRecorded, found.Id, $"{found.Reference} verdict={ApiEnum.Name(view.Verdict)} catalogue={view.CatalogueVersion}");
        await audit.CommitAsync(cancellationToken: ct);
        return Write.Created(view with { Id = screening.Id, ScreenedAt = now, Notes = input.Notes?.Trim() });
    }

    /// <summary>The case's screenings, newest first, re-explained with the catalogue version each one used.</summary>
    public async Task<PagedList<ScreeningView>?> ListAsync(Guid caseId, Language language, Paging paging, CancellationToken ct)
    {
        var found = await db.Cases.AsNoTracking().ReadableBy(user, db.IdentificationSteps).FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (found is null)
        {
            return null;
        }

        var screenings = await db.CaseScreenings.AsNoTracking().Where(s => s.CaseId == caseId)
            .OrderByDescending(s => s.ScreenedAt).ThenByDescending(s => s.Id).ToPageAsync(paging, ct);
        var showNotes = Domain.Access.CaseAccess.SeesIdentifyingFields(user.Role) && found.AgencyId == user.AgencyId;
        var views = new List<ScreeningView>();
        foreach (var screening in screenings.Items)
        {
            var catalogue = await catalogues.FindAsync(screening.CatalogueVersion, ct)
                ?? throw new InvalidOperationException($"Catalogue {screening.CatalogueVersion} is missing.");
            var result = ScreeningEngine.Screen(catalogue, screening.Population, screening.Exploitation, screening.Indicators).Result!;
            var population = new PopulationDecision(screening.Population, screening.PopulationBasis);
            views.Add(ToView(screening.Id, caseId, result, population, language, screening.ScreenedAt,
                showNotes ? protector.UnprotectText(screening.ProtectedNotes) : null));
        }

        audit.Record(AuditEventType.ScreeningsViewed, found.Id, found.Reference);
        await audit.CommitAsync(cancellationToken: ct);
        return new PagedList<ScreeningView>(views, screenings.Page, screenings.PageSize, screenings.Total);
    }

    private async Task<WriteResult<ScreeningView>> EvaluateAsync(Case found, ScreeningInput input, Language language, CancellationToken ct)
    {
        if (!TryList(input.Exploitation, out var list))
        {
            return WriteError.Invalid("exploitation",
                $"Name the list (labour, sexual) or a form of exploitation ({string.Join(", ", ApiEnum.Names<ExploitationForm>())}).", "screening.invalid");
        }

        var population = await DecidePopulationAsync(found, input.AgeDisputed, ct);
        var catalogue = await catalogues.CurrentAsync(ct);
        var outcome = ScreeningEngine.Screen(catalogue, population.Population, list, input.Indicators ?? []);
        if (outcome.Result is not { } result)
        {
            return WriteError.Invalid(outcome.Errors, "screening.invalid");
        }

        return ToView(Guid.Empty, found.Id, result, population, language, null, null);
    }

    /// <summary>Child or adult for this case today: a conclusive age assessment, else the presumption of minority for an unknown or disputed age.</summary>
    public async Task<PopulationDecision?> PopulationAsync(Guid caseId, bool? ageDisputed, CancellationToken ct)
    {
        var found = await db.Cases.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(c => c.Id == caseId, ct);
        return found is null ? null : await DecidePopulationAsync(found, ageDisputed, ct);
    }

    /// <summary>The case's age decision (age assessments first, then the presumption), as the screening states it.</summary>
    private async Task<PopulationDecision> DecidePopulationAsync(Case found, bool? ageDisputed, CancellationToken ct) =>
        (await age.DecideAsync(found, ct, ageDisputed)).AsPopulationDecision();

    private static bool TryList(string? exploitation, out ExploitationList list)
    {
        if (ApiEnum.TryParse(exploitation, out list))
        {
            return true;
        }

        if (ApiEnum.TryParse<ExploitationForm>(exploitation, out var form))
        {
            list = ExploitationLists.For(form);
            return true;
        }

        return false;
    }

    private static ScreeningView ToView(Guid id, Guid caseId, ScreeningResult result, PopulationDecision population, Language language, DateTime? at, string? notes) =>
        new(id, caseId, result.CatalogueVersion, result.Population, population.Basis, population.Reason.In(language), result.Exploitation, result.Verdict,
            result.Dimensions.Select(d => new DimensionView(d.Dimension, d.Strong, d.Medium, d.Weak, d.Present, d.Observed.Select(i => i.Code).ToList())).ToList(),
            result.Explanation(language),
            result.Dimensions.SelectMany(d => d.Observed).Select(i => i.Code).ToList(),
            at,
            notes);
}
