using Passerelle.Domain.Proceedings;
using DomainClaim = Passerelle.Domain.Proceedings.CompensationClaim;
using DomainConfiscation = Passerelle.Domain.Proceedings.Confiscation;

namespace Passerelle.Web.Features.Proceedings;

/// <summary>Turns the API input and the stored rows into the domain record, which owns the rules.</summary>
public static class ProceedingsMapping
{
    /// <summary>Checks the input (missing row fields, then <see cref="ProceedingsRules"/>); every bad field is named.</summary>
    public static Dictionary<string, string[]> Validate(ProceedingsInput input, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if ((input.Confiscations ?? []).Any(c => c.OrderedOn is null || c.Amount is null))
        {
            errors["confiscations"] = ["A confiscation has a date and an amount."];
        }

        if ((input.CompensationClaims ?? []).Any(c => c.Body is null || c.FiledOn is null || c.AmountClaimed is null))
        {
            errors["compensationClaims"] = ["A claim names the body (CIVI or AGRASC), its filing date and the amount claimed."];
        }

        if (input.NonPunishment is { Status: null } np && (np.NoteToProsecutorOn is not null || np.Outcome is not null))
        {
            errors["nonPunishment"] = ["Say whether the person is a suspect or a defendant before recording the note or the outcome."];
        }

        foreach (var (field, messages) in ProceedingsRules.Validate(ToDomain(input), today))
        {
            errors.TryAdd(field, messages);
        }

        return errors;
    }

    public static CriminalProceedings ToDomain(ProceedingsInput input) => new()
    {
        OffenceOn = input.OffenceOn,
        ComplaintFiledOn = input.ComplaintFiledOn,
        TestimonyGivenOn = input.TestimonyGivenOn,
        TiesSevered = input.TiesSevered,
        NonPunishment = input.NonPunishment is { Status: { } status } np
            ? new NonPunishment(status, np.NoteToProsecutorOn, np.Outcome ?? NonPunishmentOutcome.Pending)
            : null,
        Unit = input.Unit,
        OtherUnit = string.IsNullOrWhiteSpace(input.OtherUnit) ? null : input.OtherUnit.Trim(),
        OffencesCharged = [.. (input.OffencesCharged ?? []).Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o.Trim())],
        Outcome = input.Outcome ?? ProceedingsOutcome.Pending,
        DecidedOn = input.DecidedOn,
        FinalOn = input.FinalOn,
        Sentence = input.Sentence is { } s ? new Sentence(s.PrisonMonths ?? 0, s.SuspendedMonths ?? 0, s.Fine ?? 0m, string.IsNullOrWhiteSpace(s.Other) ? null : s.Other.Trim()) : null,
        Confiscations = [.. (input.Confiscations ?? []).Where(c => c.OrderedOn is not null && c.Amount is not null)
            .Select(c => new DomainConfiscation(c.OrderedOn!.Value, c.Amount!.Value, string.IsNullOrWhiteSpace(c.Description) ? null : c.Description.Trim()))],
        CompensationClaims = [.. (input.CompensationClaims ?? []).Where(c => c.Body is not null && c.FiledOn is not null && c.AmountClaimed is not null)
            .Select(c => new DomainClaim(c.Body!.Value, c.FiledOn!.Value, c.AmountClaimed!.Value, c.DecidedOn, c.AmountGranted))],
    };

    public static CriminalProceedings ToDomain(CaseProceedings? record, IEnumerable<Confiscation> confiscations, IEnumerable<CompensationClaim> claims) => new()
    {
        OffenceOn = record?.OffenceOn,
        ComplaintFiledOn = record?.ComplaintFiledOn,
        TestimonyGivenOn = record?.TestimonyGivenOn,
        TiesSevered = record?.TiesSevered,
        NonPunishment = record?.AccusedStatus is { } status
            ? new NonPunishment(status, record.NonPunishmentNoteOn, record.NonPunishmentOutcome ?? NonPunishmentOutcome.Pending)
            : null,
        Unit = record?.Unit,
        OtherUnit = record?.OtherUnit,
        OffencesCharged = record?.OffencesCharged ?? [],
        Outcome = record?.Outcome ?? ProceedingsOutcome.Pending,
        DecidedOn = record?.DecidedOn,
        FinalOn = record?.FinalOn,
        Sentence = record?.SentencePrisonMonths is { } prison
            ? new Sentence(prison, record.SentenceSuspendedMonths ?? 0, record.SentenceFine ?? 0m, record.SentenceOther)
            : null,
        Confiscations = [.. confiscations.Select(c => new DomainConfiscation(c.OrderedOn, c.Amount, c.Description))],
        CompensationClaims = [.. claims.Select(c => new DomainClaim(c.Body, c.FiledOn, c.AmountClaimed, c.DecidedOn, c.AmountGranted))],
    };
}
