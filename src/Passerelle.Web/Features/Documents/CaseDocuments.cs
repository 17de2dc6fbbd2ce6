using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Passerelle.Domain.Access;
using Passerelle.Domain.Audit;
using Passerelle.Domain.Geography;
using Passerelle.Domain.Rights;
using Passerelle.Domain.Texts;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Features.Identification;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Localization;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Documents;

/// <summary>A generated document: its download name and bytes.</summary>
public sealed record PdfFile(string FileName, byte[] Bytes);

/// <summary>
/// The printable documents of a case, as PDF (<see cref="PdfBuilder"/>): the case summary for a hearing, the rights
/// information sheet handed to the person (French or English), the referral form for a provider, and the attestation of
/// the identification decision for the prefecture. Each is built from the same services the pages use, so it holds
/// exactly what its reader may see: pseudonymised (no identity, no notes' text, no panel reasons) for those who read
/// the case pseudonymised. Every document printed is audited (<see cref="AuditEventType.DocumentPrinted"/>).
/// </summary>
public sealed class CaseDocuments(
    PasserelleDbContext db, CurrentUser user, AuditTrail audit, TimeProvider clock, CaseRegistry registry,
    Screenings.ScreeningService screenings, IdentificationService identification, Referrals.ReferralService referrals,
    Notes.NotesService notes, IStringLocalizer<Text> text)
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    private static Language Language => LocalizationSetup.CurrentLanguage;

    private static string L(string french, string english) => new LocalizedText(french, english).In(Language);

    private static string Date(DateOnly? date, Language language) =>
        date is { } d ? d.ToString(language == Language.French ? "d MMMM yyyy" : "d MMMM yyyy", language == Language.French ? French : English) : "—";

    private static string Date(DateOnly? date) => Date(date, Language);

    private string Printed(Language language) =>
        new LocalizedText("Édité le {0} par {1}", "Printed on {0} by {1}").In(language).Replace("{0}",
            TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Paris).ToString("g", language == Language.French ? French : English), StringComparison.Ordinal)
            .Replace("{1}", user.Email, StringComparison.Ordinal);

    /// <summary>The case summary: facts, identity when readable, screenings, identification, referrals, notes.</summary>
    public async Task<PdfFile?> SummaryAsync(Guid caseId, CancellationToken ct)
    {
        if (!await db.CasesFor(user, CaseOperation.ReadFile).AnyAsync(c => c.Id == caseId, ct) || await registry.ViewAsync(caseId, ct) is not { } c)
        {
            return null;
        }

        using var pdf = new PdfBuilder($"{L("Synthèse du dossier", "Case summary")} {c.Reference}", $"Passerelle — {c.Reference} — {Printed(Language)}");
        pdf.Field(L("Référence", "Reference"), c.Reference)
            .Field(L("Pseudonyme", "Pseudonym"), c.Pseudonym)
            .Field(L("Statut", "Status"), text[Labels.Of(c.Status)])
            .Field(L("Sexe", "Sex"), text[Labels.Of(c.Sex)])
            .Field(L("Âge", "Age"), c.BirthYear is { } y ? L($"né(e) en {y}", $"born in {y}") : c.EstimatedAge is { } a ? L($"environ {a} ans", $"about {a} years old") : "—")
            .Field(L("Nationalité", "Nationality"), Countries.Find(c.Nationality)?.Name(Language == Language.French) ?? c.Nationality)
            .Field(L("Formes d'exploitation", "Forms of exploitation"), string.Join(", ", c.ExploitationForms.Select(f => text[Labels.Of(f)].Value)))
            .Field(L("Département de repérage", "Département of detection"), $"{c.Departement} {Departements.Find(c.Departement)?.Name}")
            .Field(L("Date de repérage", "Date of detection"), Date(c.DetectedOn))
            .Field(L("Structure", "Agency"), c.Agency.Name);
        if (c.IdentityVisible)
        {
            pdf.Heading(L("Identité", "Identity"))
                .Field(L("Nom", "Legal name"), c.LegalName)
                .Field(L("Date de naissance", "Date of birth"), Date(c.DateOfBirth))
                .Field(L("Langues", "Languages"), c.Languages is { Count: > 0 } languages ? string.Join(", ", languages) : null)
                .Field(L("Observations", "Observations"), c.Notes);
        }
        else
        {
            pdf.Paragraph(L("Vue pseudonymisée : l'identité n'est lisible que par la structure qui détient le dossier.",
                "Pseudonymised view: the identity is readable only by the agency holding the case."));
        }

        pdf.Heading(L("Repérages", "Screenings"));
        var screened = (await screenings.ListAsync(caseId, Language, Paging.All, ct))?.Items ?? [];
        foreach (var s in screened)
        {
            pdf.Field(Date(s.ScreenedAt is { } at ? DateOnly.FromDateTime(Platform.Localization.LocalTime.Of(at)) : null), text[Labels.Of(s.Verdict)]);
        }

        if (screened.Count == 0)
        {
            pdf.Paragraph(L("Aucun repérage.", "No screening."));
        }

        pdf.Heading(L("Identification", "Identification"));
        var steps = (await identification.HistoryAsync(caseId, Paging.All, ct))?.Items ?? [];
        foreach (var step in steps)
        {
            pdf.Field($"{Stage(step.Stage)} — {Date(step.RequestedOn)}", Outcome(step) + (step.Reasons is { } reasons ? $"\n{reasons}" : ""));
        }

        if (steps.Count == 0)
        {
            pdf.Paragraph(L("Pas encore de saisine du comité.", "Not sent to a panel yet."));
        }

        pdf.Heading(L("Orientations", "Referrals"));
        var sent = (await referrals.ForCaseAsync(caseId, Paging.All, ct))?.Items ?? [];
        foreach (var r in sent)
        {
            pdf.Field(Date(r.SentOn), $"{text[Labels.Of(r.Service)]} — {r.ProviderName} ({text[Labels.Of(r.Status)]})");
        }

        if (sent.Count == 0)
        {
            pdf.Paragraph(L("Aucune orientation.", "No referral."));
        }

        var found = await db.Cases.AsNoTracking().FirstAsync(x => x.Id == caseId, ct);
        var written = await db.Set<Notes.CaseNote>().AsNoTracking().Where(n => n.CaseId == caseId).ToListAsync(ct);
        var noteViews = await notes.ViewsAsync(found, written.OrderByDescending(n => n.WrittenAt).ToList(), ct);
        pdf.Heading(L("Notes", "Notes"));
        foreach (var note in noteViews)
        {
            var who = note.Author.Name is { } name ? $"{name}, {note.Author.Agency}" : $"{note.Author.Role}, {note.Author.Agency}";
            pdf.Field($"{Date(DateOnly.FromDateTime(note.WrittenAt))} — {who}", note.Text ?? L("(texte réservé à la structure qui détient le dossier)", "(text reserved to the agency holding the case)"));
        }

        if (noteViews.Count == 0)
        {
            pdf.Paragraph(L("Aucune note.", "No note."));
        }

        return await PrintedAsync(caseId, $"summary {c.Reference}", $"{c.Reference}-summary.pdf", pdf, ct);
    }

    /// <summary>The rights information sheet in <paramref name="language"/>, for the person (CESEDA R.425-1, CPP 10-2).</summary>
    public async Task<PdfFile?> RightsSheetAsync(Guid caseId, Language language, CancellationToken ct)
    {
        if (await db.CasesFor(user, CaseOperation.ReadFile).AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, ct) is not { } found)
        {
            return null;
        }

        using var pdf = new PdfBuilder(RightsInformationSheet.Title.In(language), $"Passerelle — {found.Reference} — {Printed(language)}");
        pdf.Field(new LocalizedText("Dossier", "Case").In(language), found.Reference)
            .Paragraph(RightsInformationSheet.Introduction.In(language));
        foreach (var section in RightsInformationSheet.Sections)
        {
            pdf.Heading(section.Heading.In(language)).Paragraph(section.Body.In(language)).Small(section.Sources);
        }

        var code = language == Language.French ? "fr" : "en";
        return await PrintedAsync(caseId, $"rights-sheet {found.Reference} {code}", $"{found.Reference}-rights-{code}.pdf", pdf, ct);
    }

    /// <summary>The attestation of the case's latest identification decision; a refusal when none was taken.</summary>
    public async Task<WriteResult<PdfFile>> AttestationAsync(Guid caseId, CancellationToken ct)
    {
        if (!await db.CasesFor(user, CaseOperation.ReadFile).AnyAsync(c => c.Id == caseId, ct) || await registry.ViewAsync(caseId, ct) is not { } c)
        {
            return WriteError.NotFound();
        }

        var decided = ((await identification.HistoryAsync(caseId, Paging.All, ct))?.Items ?? []).Where(s => s.Outcome is not null && s.DecidedOn is not null)
            .OrderByDescending(s => s.DecidedOn).ThenByDescending(s => s.Stage).FirstOrDefault();
        if (decided is null)
        {
            return new WriteError(WriteFailure.NotFound, "attestation.no-decision", ProblemTexts.NoDecisionYet, ProblemTexts.NoDecisionYetDetail);
        }

        using var pdf = new PdfBuilder(L("Attestation de décision d'identification", "Attestation of the identification decision"),
            $"Passerelle — {c.Reference} — {Printed(Language)}");
        var person = c.IdentityVisible && c.LegalName is { } legalName
            ? $"{legalName}{(c.DateOfBirth is { } born ? L($", né(e) le {Date(born)}", $", born on {Date(born)}") : "")}"
            : L($"la personne enregistrée sous la référence {c.Reference} (pseudonyme {c.Pseudonym})", $"the person recorded under reference {c.Reference} (pseudonym {c.Pseudonym})");
        var positive = decided.Outcome == DecisionOutcome.Positive;
        var statement = (decided.Stage, positive) switch
        {
            (IdentificationStage.Rg, true) => L($"Le comité pluridisciplinaire d'identification a décidé le {Date(decided.DecidedOn)} qu'il existe des motifs raisonnables de croire que {person} est victime de la traite des êtres humains.",
                $"On {Date(decided.DecidedOn)} the multi-agency identification panel decided that there are reasonable grounds to believe that {person} is a victim of trafficking in human beings."),
            (IdentificationStage.Cg, true) => L($"Le comité pluridisciplinaire d'identification a reconnu le {Date(decided.DecidedOn)}, à titre définitif, {person} comme victime de la traite des êtres humains.",
                $"On {Date(decided.DecidedOn)} the multi-agency identification panel conclusively identified {person} as a victim of trafficking in human beings."),
            (_, false) => L($"Le comité pluridisciplinaire d'identification a rendu le {Date(decided.DecidedOn)} une décision négative ({Stage(decided.Stage)}) concernant {person}.",
                $"On {Date(decided.DecidedOn)} the multi-agency identification panel took a negative decision ({Stage(decided.Stage)}) concerning {person}."),
        };
        pdf.Field(L("Référence", "Reference"), c.Reference)
            .Field(L("Étape", "Stage"), Stage(decided.Stage))
            .Field(L("Décision", "Decision"), Outcome(decided))
            .Field(L("Date de la décision", "Date of the decision"), Date(decided.DecidedOn))
            .Field(L("Comité", "Panel"), string.Join(", ", decided.Panel.Select(p => p.AgencyName).Distinct()))
            .Heading(L("Attestation", "Attestation"))
            .Paragraph(statement)
            .Paragraph(L("Cette décision relève du mécanisme national d'identification et d'orientation (Convention du Conseil de l'Europe sur la lutte contre la traite des êtres humains, art. 10). Elle ne vaut pas récépissé : le délai de réflexion court à compter de la remise du récépissé par la préfecture (CESEDA art. R.425-2).",
                "This decision is taken under the national referral mechanism (Council of Europe Convention on Action against Trafficking in Human Beings, art. 10). It is not a receipt: the reflection period runs from the receipt handed by the prefecture (CESEDA art. R.425-2)."))
            .Field(L("Structure", "Agency"), c.Agency.Name);
        return await PrintedAsync(caseId, $"attestation {c.Reference} {decided.Stage.ToString().ToLowerInvariant()}", $"{c.Reference}-attestation.pdf", pdf, ct);
    }

    /// <summary>The referral form for the provider: the service, the consent, and the referred person as the reader may see them.</summary>
    public async Task<PdfFile?> ReferralFormAsync(Guid referralId, CancellationToken ct)
    {
        if (await referrals.DetailAsync(referralId, ct) is not { } detail)
        {
            return null;
        }

        var r = detail.Referral;
        var p = detail.Person;
        using var pdf = new PdfBuilder(L("Fiche d'orientation", "Referral form"), $"Passerelle — {r.CaseReference} — {Printed(Language)}");
        pdf.Field(L("Dossier", "Case"), r.CaseReference)
            .Field(L("Service", "Provider"), r.ProviderName)
            .Field(L("Prestation", "Service"), text[Labels.Of(r.Service)])
            .Field(L("Envoyée le", "Sent on"), Date(r.SentOn))
            .Field(L("Statut", "Status"), text[Labels.Of(r.Status)])
            .Field(L("Consentement", "Consent"), r.Consent is { } consent ? $"{Date(consent.GivenOn)} ({consent.Language})" : L("non requis (protection de l'enfance)", "not required (child protection)"))
            .Heading(L("Personne orientée", "Referred person"))
            .Field(L("Pseudonyme", "Pseudonym"), p.Pseudonym)
            .Field(L("Sexe", "Sex"), text[Labels.Of(p.Sex)])
            .Field(L("Âge", "Age"), p.Age?.ToString(CultureInfo.InvariantCulture))
            .Field(L("Nationalité", "Nationality"), Countries.Find(p.Nationality)?.Name(Language == Language.French) ?? p.Nationality)
            .Field(L("Langues", "Languages"), p.Languages.Count > 0 ? string.Join(", ", p.Languages) : null);
        return await PrintedAsync(r.CaseId, $"referral-form {r.CaseReference} referral={r.Id}", $"{r.CaseReference}-referral.pdf", pdf, ct);
    }

    private async Task<PdfFile> PrintedAsync(Guid caseId, string details, string fileName, PdfBuilder pdf, CancellationToken ct)
    {
        audit.Record(AuditEventType.DocumentPrinted, caseId, details);
        await audit.CommitAsync(cancellationToken: ct);
        return new PdfFile(fileName, pdf.ToBytes());
    }

    private string Stage(IdentificationStage stage) => text[stage == IdentificationStage.Rg ? "Reasonable grounds" : "Conclusive grounds"];

    private string Outcome(IdentificationStepView step) =>
        step.Outcome is null ? text["pending"] : text[step.Outcome == DecisionOutcome.Positive ? "Positive" : "Negative"];
}
