using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Passerelle.Domain.Proceedings;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Proceedings;

/// <summary>
/// The criminal proceedings form of a case. Each list shows its rows plus one empty row to add; a row left
/// without its first field is dropped, which is how a row is removed.
/// </summary>
[Authorize(Policy = Policies.CasesRead)]
public sealed class IndexModel(ProceedingsService service, CurrentUser me)
    : CaseFileRecordPage<ProceedingsService, CaseProceedings, ProceedingsInput, ProceedingsView>(service, me)
{
    public sealed class ConfiscationRow
    {
        public DateOnly? OrderedOn { get; set; }
        public string? Amount { get; set; }
        public string? Description { get; set; }
    }

    public sealed class ClaimRow
    {
        public CompensationBody? Body { get; set; }
        public DateOnly? FiledOn { get; set; }
        public string? AmountClaimed { get; set; }
        public DateOnly? DecidedOn { get; set; }
        public string? AmountGranted { get; set; }
    }

    [BindProperty] public DateOnly? OffenceOn { get; set; }
    [BindProperty] public DateOnly? ComplaintFiledOn { get; set; }
    [BindProperty] public DateOnly? TestimonyGivenOn { get; set; }

    /// <summary>"", "yes" or "no".</summary>
    [BindProperty] public string? TiesSevered { get; set; }

    [BindProperty] public AccusedStatus? AccusedStatus { get; set; }
    [BindProperty] public DateOnly? NonPunishmentNoteOn { get; set; }
    [BindProperty] public NonPunishmentOutcome? NonPunishmentOutcome { get; set; }
    [BindProperty] public InvestigatingUnit? Unit { get; set; }
    [BindProperty] public string? OtherUnit { get; set; }

    /// <summary>Articles separated by commas.</summary>
    [BindProperty] public string? OffencesCharged { get; set; }

    [BindProperty] public ProceedingsOutcome Outcome { get; set; } = ProceedingsOutcome.Pending;
    [BindProperty] public DateOnly? DecidedOn { get; set; }
    [BindProperty] public DateOnly? FinalOn { get; set; }
    [BindProperty] public int? PrisonMonths { get; set; }
    [BindProperty] public int? SuspendedMonths { get; set; }
    [BindProperty] public string? Fine { get; set; }
    [BindProperty] public string? SentenceOther { get; set; }
    [BindProperty] public List<ConfiscationRow> Confiscations { get; set; } = [];
    [BindProperty] public List<ClaimRow> Claims { get; set; } = [];

    protected override string Notice => "proceedings";

    private const string AmountMessage = "Amounts are numbers of euros, such as 1500.50.";

    private static string Euros(decimal? amount) => amount?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";

    /// <summary>Reads euros typed either way (1500.50 or 1 500,50) whatever the page's language; false when it is not a number.</summary>
    private static bool TryEuros(string? text, out decimal? euros)
    {
        euros = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var plain = text.Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal).Replace("\u202f", "", StringComparison.Ordinal).Replace(',', '.');
        if (decimal.TryParse(plain, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            euros = value;
            return true;
        }

        return false;
    }

    protected override ProceedingsInput? ReadForm()
    {
        // Rows are compacted first, so the rows shown again match what was sent.
        Confiscations = [.. Confiscations.Where(c => c.OrderedOn is not null || !string.IsNullOrWhiteSpace(c.Amount) || !string.IsNullOrWhiteSpace(c.Description))];
        Claims = [.. Claims.Where(c => c.Body is not null || c.FiledOn is not null || !string.IsNullOrWhiteSpace(c.AmountClaimed))];
        var sentenced = PrisonMonths is not null || SuspendedMonths is not null || !string.IsNullOrWhiteSpace(Fine) || !string.IsNullOrWhiteSpace(SentenceOther);
        var amountsRead = true;
        var confiscations = new List<ConfiscationInput>();
        var claims = new List<CompensationClaimInput>();
        foreach (var c in Confiscations)
        {
            if (!TryEuros(c.Amount, out var amount))
            {
                ModelState.AddModelError("confiscations", AmountMessage);
                amountsRead = false;
            }

            confiscations.Add(new ConfiscationInput(c.OrderedOn, amount, c.Description));
        }

        foreach (var c in Claims)
        {
            if (!TryEuros(c.AmountClaimed, out var claimed) | !TryEuros(c.AmountGranted, out var granted))
            {
                ModelState.AddModelError("compensationClaims", AmountMessage);
                amountsRead = false;
            }

            claims.Add(new CompensationClaimInput(c.Body, c.FiledOn, claimed, c.DecidedOn, granted));
        }

        if (!TryEuros(Fine, out var fine))
        {
            ModelState.AddModelError("sentence", AmountMessage);
            amountsRead = false;
        }

        if (!amountsRead)
        {
            return null;
        }

        return new ProceedingsInput(
            ComplaintFiledOn,
            Unit,
            OtherUnit,
            [.. (OffencesCharged ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            Outcome,
            DecidedOn,
            FinalOn,
            sentenced ? new SentenceInput(PrisonMonths, SuspendedMonths, fine, SentenceOther) : null,
            confiscations,
            claims,
            OffenceOn,
            TestimonyGivenOn,
            TiesSevered switch { "yes" => true, "no" => false, _ => null },
            AccusedStatus is null && NonPunishmentNoteOn is null && NonPunishmentOutcome is null
                ? null
                : new NonPunishmentInput(AccusedStatus, NonPunishmentNoteOn, NonPunishmentOutcome));
    }

    protected override string GetReference(ProceedingsView view) => view.Reference;

    protected override void Load(ProceedingsView view)
    {
        CaseId = view.CaseId;
        Reference = view.Reference;
        Version = view.Version;
        OffenceOn = view.OffenceOn;
        ComplaintFiledOn = view.ComplaintFiledOn;
        TestimonyGivenOn = view.TestimonyGivenOn;
        TiesSevered = view.TiesSevered switch { true => "yes", false => "no", null => "" };
        AccusedStatus = view.NonPunishment?.Status;
        NonPunishmentNoteOn = view.NonPunishment?.NoteToProsecutorOn;
        NonPunishmentOutcome = view.NonPunishment?.Outcome;
        Unit = view.Unit;
        OtherUnit = view.OtherUnit;
        OffencesCharged = string.Join(", ", view.OffencesCharged);
        Outcome = view.Outcome;
        DecidedOn = view.DecidedOn;
        FinalOn = view.FinalOn;
        PrisonMonths = view.Sentence?.PrisonMonths;
        SuspendedMonths = view.Sentence?.SuspendedMonths;
        Fine = view.Sentence is { } sentence ? Euros(sentence.Fine) : null;
        SentenceOther = view.Sentence?.Other;
        Confiscations = [.. view.Confiscations.Select(c => new ConfiscationRow { OrderedOn = c.OrderedOn, Amount = Euros(c.Amount), Description = c.Description })];
        Claims = [.. view.CompensationClaims.Select(c => new ClaimRow { Body = c.Body, FiledOn = c.FiledOn, AmountClaimed = Euros(c.AmountClaimed), DecidedOn = c.DecidedOn, AmountGranted = Euros(c.AmountGranted) })];
    }
}
