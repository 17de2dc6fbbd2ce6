using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Rights;

/// <summary>
/// The rights form of a case. Each list shows its rows plus one empty row to add; a row left without its first
/// date is dropped, which is how a row is removed.
/// </summary>
[Authorize(Policy = Policies.CasesRead)]
public sealed class IndexModel(RightsService service, CurrentUser me)
    : CaseFileRecordPage<RightsService, CaseRights, RightsInput, RightsView>(service, me)
{
    public sealed class PermitRow
    {
        public PermitKind? Kind { get; set; }
        public DateOnly? IssuedOn { get; set; }
        public DateOnly? ValidUntil { get; set; }
        public DateOnly? RenewalRequestedOn { get; set; }

        /// <summary>CESEDA R.425-5: a minor's declaration (work or training), empty for an adult.</summary>
        public Passerelle.Domain.Rights.MinorDeclaration? MinorDeclaration { get; set; }
    }

    public sealed class ApsRow
    {
        public DateOnly? GrantedOn { get; set; }
        public DateOnly? ValidUntil { get; set; }
        public DateOnly? RenewalRequestedOn { get; set; }
    }

    public sealed class ExitRow
    {
        public DateOnly? AppliedOn { get; set; }
        public DateOnly? DecidedOn { get; set; }

        /// <summary>"", "yes" or "no".</summary>
        public string? Outcome { get; set; }
    }

    [BindProperty] public DateOnly? PrefectureReceiptOn { get; set; }
    [BindProperty] public DateOnly? PrefectureReceiptWithdrawnOn { get; set; }
    [BindProperty] public DateOnly? ReflectionDecisionOn { get; set; }
    [BindProperty] public List<PermitRow> Permits { get; set; } = [];
    [BindProperty] public List<ApsRow> Aps { get; set; } = [];
    [BindProperty] public List<ExitRow> Exits { get; set; } = [];
    public DateOnly? ProtectedFromRemovalUntil { get; private set; }
    public Passerelle.Domain.Deadlines.ReflectionPeriodStatus ReflectionStatus { get; private set; }
    public DateOnly? ResidentCardEligibleSince { get; private set; }

    protected override string Notice => "rights";

    protected override RightsInput ReadForm()
    {
        // Rows are compacted first, so the indexes in error keys match the rows shown again.
        Permits = [.. Permits.Where(p => p.IssuedOn is not null || p.ValidUntil is not null || p.RenewalRequestedOn is not null)];
        Aps = [.. Aps.Where(a => a.GrantedOn is not null || a.ValidUntil is not null || a.RenewalRequestedOn is not null)];
        Exits = [.. Exits.Where(e => e.AppliedOn is not null || e.DecidedOn is not null || !string.IsNullOrEmpty(e.Outcome))];
        var input = new RightsInput(
            PrefectureReceiptOn,
            ReflectionDecisionOn,
            [.. Permits.Select(p => new ResidencePermitInput(p.Kind, p.IssuedOn, p.ValidUntil, p.RenewalRequestedOn, p.MinorDeclaration))],
            [.. Aps.Select(a => new ProvisionalAuthorisationInput(a.GrantedOn, a.ValidUntil, a.RenewalRequestedOn))],
            [.. Exits.Select(e => new ExitPathwayApplicationInput(e.AppliedOn, e.DecidedOn, e.Outcome switch { "yes" => true, "no" => false, _ => null }))],
            PrefectureReceiptWithdrawnOn);
        return input;
    }

    protected override string GetReference(RightsView view) => view.Reference;

    protected override void Reloaded(RightsView current)
    {
        ProtectedFromRemovalUntil = current.ProtectedFromRemovalUntil;
        ReflectionStatus = current.ReflectionStatus;
        ResidentCardEligibleSince = current.ResidentCardEligibleSince;
    }

    protected override void Load(RightsView view)
    {
        CaseId = view.CaseId;
        Reference = view.Reference;
        ProtectedFromRemovalUntil = view.ProtectedFromRemovalUntil;
        ReflectionStatus = view.ReflectionStatus;
        ResidentCardEligibleSince = view.ResidentCardEligibleSince;
        Version = view.Version;
        PrefectureReceiptOn = view.PrefectureReceiptOn;
        PrefectureReceiptWithdrawnOn = view.PrefectureReceiptWithdrawnOn;
        ReflectionDecisionOn = view.ReflectionDecisionOn;
        Permits = [.. view.ResidencePermits.Select(p => new PermitRow { Kind = p.Kind, IssuedOn = p.IssuedOn, ValidUntil = p.ValidUntil, RenewalRequestedOn = p.RenewalRequestedOn, MinorDeclaration = p.MinorDeclaration })];
        Aps = [.. view.ProvisionalAuthorisations.Select(a => new ApsRow { GrantedOn = a.GrantedOn, ValidUntil = a.ValidUntil, RenewalRequestedOn = a.RenewalRequestedOn })];
        Exits = [.. view.ExitPathwayApplications.Select(e => new ExitRow { AppliedOn = e.AppliedOn, DecidedOn = e.DecidedOn, Outcome = e.Authorised switch { true => "yes", false => "no", null => "" } })];
    }
}
