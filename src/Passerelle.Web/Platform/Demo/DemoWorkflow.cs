using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Cases;
using Passerelle.Domain.Referrals;
using Passerelle.Domain.Screening;
using Passerelle.Domain.Texts;
using Passerelle.Domain.Time;
using Passerelle.Web.Features.Identification;
using Passerelle.Web.Features.Linkage;
using Passerelle.Web.Features.Referrals;
using Passerelle.Web.Features.Screenings;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Platform.Demo;

/// <summary>
/// Demo mode, once, after the demo population: moves some cases through the workflow so that every demo account's
/// home page has something to do — screenings, reasonable-grounds requests before panels of demo users (one with a
/// view already given), positive decisions, a conclusive-grounds request, a person sheltered, criminal proceedings in progress, a linkage run that
/// leaves pairs to review. Every step goes through the application's own
/// services, acting as the demo user who would do it, so each is validated, audited and notified as in real use.
/// The police screener has given their view on every panel they sit on (their home shows their own cases' deadlines);
/// the labour inspector, both NGOs' case managers await theirs. Only states change: the identities of the demo population (which bench/linkage reads) are untouched.
/// </summary>
public sealed class DemoWorkflow(IServiceScopeFactory scopes, TimeProvider clock)
{
    private const string Ngo = "ngo@demo.test";
    private const string Ngo2 = "ngo2@demo.test";
    private const string Police = "police@demo.test";
    private const string Labour = "labour@demo.test";
    private const string Shelter = "shelter@demo.test";

    /// <summary>A prefecture receipt this many days ago: its 30-day reflection period (CESEDA R.425-2) is overdue.</summary>
    private const int ReceiptDaysAgo = 40;

    private const int ProceedingsComplaintDaysAgo = 21;

    public async Task RunAsync(CancellationToken ct)
    {
        Dictionary<string, (Guid Id, Guid AgencyId)> users;
        List<(Guid Id, Guid AgencyId, Sex Sex)> adults;
        Guid? lateReceipt;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
            if (await db.IdentificationSteps.AnyAsync(ct) || await db.LinkageRuns.AnyAsync(ct))
            {
                return;
            }

            users = await db.Users.AsNoTracking().Where(u => u.Email != null && u.Email.EndsWith("@demo.test"))
                .ToDictionaryAsync(u => u.Email!, u => (u.Id, u.AgencyId), ct);
            var referred = await db.Referrals.AsNoTracking().Select(r => r.CaseId).ToListAsync(ct);
            var year = clock.Today().Year;
            adults = (await db.Cases.AsNoTracking()
                    .Where(c => c.Status == CaseStatus.Registered && !c.AgeDisputed && c.BirthYear != null && c.BirthYear < year - 25 && !referred.Contains(c.Id))
                    .OrderBy(c => c.ReferenceYear).ThenBy(c => c.ReferenceNumber)
                    .Select(c => new { c.Id, c.AgencyId, c.Sex }).ToListAsync(ct))
                .Select(c => (c.Id, c.AgencyId, c.Sex)).ToList();

            // A case of the NGO without rights yet, detected long enough ago to have a reflection period overdue.
            var ngoAgency = users.TryGetValue(Ngo, out var n) ? n.AgencyId : Guid.Empty;
            var longAgo = clock.Today().AddDays(-ReceiptDaysAgo);
            lateReceipt = await db.Cases.AsNoTracking()
                .Where(c => c.AgencyId == ngoAgency && c.DetectedOn <= longAgo && c.Nationality != null && c.Nationality != "FR" && !db.CaseRights.Any(r => r.CaseId == c.Id))
                .OrderBy(c => c.ReferenceYear).ThenBy(c => c.ReferenceNumber).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
        }

        if (!users.TryGetValue(Ngo, out var ngo) || !users.TryGetValue(Police, out var police))
        {
            return;
        }

        var ngoCases = adults.Where(c => c.AgencyId == ngo.AgencyId).Select(c => (c.Id, c.Sex)).ToList();
        var policeCases = adults.Where(c => c.AgencyId == police.AgencyId).Select(c => c.Id).ToList();
        var step = 0;
        foreach (var (caseId, sex) in ngoCases.Take(7))
        {
            await ScreenAsync(Ngo, caseId, ct);
            switch (step++)
            {
                case 0:
                    break; // screened, nothing requested yet
                case 1:
                    await RequestRgAsync(Ngo, caseId, [Police, Labour], ct);
                    await ViewAsync(Police, caseId, IdentificationStage.Rg, ct);
                    break;
                case 2:
                    await RequestRgAsync(Ngo, caseId, [Ngo2, Police], ct);
                    await ViewAsync(Police, caseId, IdentificationStage.Rg, ct);
                    break;
                case 3:
                    await RequestRgAsync(Ngo, caseId, [Police, Labour], ct);
                    await ViewAsync(Police, caseId, IdentificationStage.Rg, ct);
                    await ViewAsync(Labour, caseId, IdentificationStage.Rg, ct);
                    await RequestAsync(Ngo, caseId, IdentificationStage.Cg, [Labour, Ngo2], ct);
                    break;
                default:
                    await RequestRgAsync(Ngo, caseId, [Police, Labour], ct);
                    await ViewAsync(Police, caseId, IdentificationStage.Rg, ct);
                    await ViewAsync(Labour, caseId, IdentificationStage.Rg, ct);
                    if (sex == Sex.Female && users.ContainsKey(Shelter))
                    {
                        await ShelterAsync(caseId, accept: step == 5, ct);
                    }

                    if (step == 5)
                    {
                        await ProceedingsAsync(caseId, ct);
                    }

                    break;
            }
        }

        if (lateReceipt is { } late)
        {
            await AsAsync(Ngo, async services => Check(await services.GetRequiredService<Features.Rights.RightsService>().ReplaceAsync(late,
                new Features.Rights.RightsInput(clock.Today().AddDays(-ReceiptDaysAgo), null, [], [], []), Http.IfMatch.FromForm(0), ct)), ct);
        }

        foreach (var caseId in policeCases.Take(2))
        {
            await ScreenAsync(Police, caseId, ct);
            await RequestRgAsync(Police, caseId, [Ngo, Labour], ct);
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<LinkageRunner>().RunAsync(LinkageTrigger.OnDemand, ct);
        }
    }

    private Task ScreenAsync(string email, Guid caseId, CancellationToken ct) => AsAsync(email, async services =>
    {
        var list = IndicatorCatalogue.Default.For(Population.Adult, ExploitationList.Sexual);
        var indicators = new[] { Dimension.DeceptiveRecruitment, Dimension.ExploitativeConditions, Dimension.CoercionAtDestination }
            .Select(d => list.In(d).First(i => i.Strength == Strength.Strong).Code).ToList();
        Check(await services.GetRequiredService<ScreeningService>().RecordAsync(caseId, new ScreeningInput("sexual", indicators, false, null), Language.French, ct));
    }, ct);

    private Task RequestRgAsync(string email, Guid caseId, string[] panel, CancellationToken ct) => RequestAsync(email, caseId, IdentificationStage.Rg, panel, ct);

    private async Task RequestAsync(string email, Guid caseId, IdentificationStage stage, string[] panel, CancellationToken ct)
    {
        var members = await UserIdsAsync(panel, ct);
        await AsAsync(email, async services =>
            Check(await services.GetRequiredService<IdentificationService>().RequestAsync(caseId, stage, new IdentificationRequest(members, null), ct)), ct);
    }

    private Task ViewAsync(string email, Guid caseId, IdentificationStage stage, CancellationToken ct) => AsAsync(email, async services =>
        Check(await services.GetRequiredService<IdentificationService>().DecideAsync(caseId, stage,
            new DecisionInput(DecisionOutcome.Positive, "Indicateurs concordants (motifs fictifs de démonstration).", null), ct)), ct);

    /// <summary>A referral to the demo shelter: sent by the NGO, and accepted by the shelter when <paramref name="accept"/>.</summary>
    private async Task ShelterAsync(Guid caseId, bool accept, CancellationToken ct)
    {
        Guid? providerId;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
            var shelterAgency = await db.Users.AsNoTracking().Where(u => u.Email == Shelter).Select(u => u.AgencyId).FirstAsync(ct);
            providerId = await db.Providers.AsNoTracking().Where(p => p.AgencyId == shelterAgency).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);
        }

        if (providerId is null)
        {
            return;
        }

        Guid referralId = default;
        await AsAsync(Ngo, async services => referralId = Check(await services.GetRequiredService<ReferralService>().SendAsync(caseId,
            new ReferralInput(providerId, ServiceType.SpecialisedShelter, new ConsentInput(clock.Today(), "fr", "Travailleuse sociale Démo"), null), ct)).Id, ct);
        if (accept)
        {
            await AsAsync(Shelter, async services =>
                Check(await services.GetRequiredService<ReferralService>().ActAsync(referralId, ReferralAction.Accept, new ReferralActionInput(null), ct)), ct);
        }
    }

    /// <summary>
    /// Criminal proceedings in progress: a complaint filed three weeks ago with the OCRTEH (the central office against
    /// trafficking in human beings), the prosecution pending (C. pr. pén. art. 40-1: the prosecutor has not decided yet).
    /// </summary>
    private Task ProceedingsAsync(Guid caseId, CancellationToken ct) => AsAsync(Ngo, async services =>
        Check(await services.GetRequiredService<Features.Proceedings.ProceedingsService>().ReplaceAsync(caseId,
            new Features.Proceedings.ProceedingsInput(clock.Today().AddDays(-ProceedingsComplaintDaysAgo), Domain.Proceedings.InvestigatingUnit.Ocrteh, null, null,
                Domain.Proceedings.ProceedingsOutcome.Pending, null, null, null, null, null), Http.IfMatch.FromForm(0), ct)), ct);

    private async Task<List<Guid>> UserIdsAsync(string[] emails, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
        return await db.Users.AsNoTracking().Where(u => emails.Contains(u.Email!)).Select(u => u.Id).ToListAsync(ct);
    }

    /// <summary>Runs <paramref name="act"/> in a scope of its own, signed in as the demo user <paramref name="email"/> (as the claims of a request would say).</summary>
    private async Task AsAsync(string email, Func<IServiceProvider, Task> act, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<PasserelleDbContext>();
        var user = await db.Users.AsNoTracking().Where(u => u.Email == email)
            .Select(u => new { u.Id, u.Role, u.AgencyId, AgencyType = u.Agency!.Type, u.Language }).FirstAsync(ct);
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()),
            new Claim(ClaimTypes.Email, email),
            new Claim(PasserelleClaims.Role, user.Role.ToString()),
            new Claim(PasserelleClaims.AgencyId, user.AgencyId.ToString()),
            new Claim(PasserelleClaims.AgencyType, user.AgencyType.ToString()),
            new Claim(PasserelleClaims.Language, user.Language),
            new Claim(PasserelleClaims.MfaSatisfied, "true"),
        ], "demo-seed");
        var accessor = services.GetRequiredService<IHttpContextAccessor>();
        var previous = accessor.HttpContext;
        accessor.HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(identity), RequestServices = services };
        try
        {
            await act(services);
        }
        finally
        {
            accessor.HttpContext = previous;
        }
    }

    private static T Check<T>(WriteResult<T> result) => result.Succeeded
        ? result.Value
        : throw new InvalidOperationException($"Demo workflow step refused: {result.Error.Code} {result.Error.Detail} {string.Join("; ", result.Error.Fields?.SelectMany(e => e.Value) ?? [])}");
}
