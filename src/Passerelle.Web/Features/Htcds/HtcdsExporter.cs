using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Access;
using Passerelle.Domain.Audit;
using Passerelle.Domain.Cases;
using Passerelle.Domain.Htcds;
using Passerelle.Domain.Referrals;
using Passerelle.Domain.Statistics.Anonymity;
using Passerelle.Domain.Statistics.Dimensions;
using Passerelle.Domain.Texts;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Htcds;

public enum HtcdsFormat
{
    Csv,
    Xlsx,
    Json,
}

/// <summary>One export: its columns and rows, for any of the three formats.</summary>
public sealed record HtcdsExport(IReadOnlyList<HtcdsColumn> Columns, IReadOnlyList<IReadOnlyDictionary<string, string?>> Rows);

/// <summary>
/// The HTCDS export of the cases a user may export, one row per case: an agency exports the cases it holds, with
/// the identity only where the person consented to sharing (<c>con_Consent</c>, RGPD art. 6(1)(a) and 9(2)(a)) and
/// only if the user reads identities; the coordinator exports every case pseudonymised (no identity, no city).
/// The anonymised variant keeps only the quasi-identifiers, generalised until every combination is shared by at
/// least k persons (CTDC publishes with k = 11), by the statistics export's <see cref="KAnonymiser"/>.
/// </summary>
public sealed class HtcdsExporter(PasserelleDbContext db, CurrentUser user, CaseIdentityProtector protector, AuditTrail audit)
{
    public const int DefaultK = 11;

    internal static readonly JsonSerializerOptions PlacesJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public async Task<HtcdsExport> ExportAsync(HtcdsFormat format, bool anonymised, int k, CancellationToken ct)
    {
        var cases = db.CasesFor(user, CaseOperation.Read).AsNoTracking();
        var coordinator = CaseAccess.Decide(user.Role, CaseRelation.Coordinator).Allows(CaseOperation.Read);
        if (!coordinator)
        {
            // An agency exports what it holds, not the cases it only leads or sits on a panel for.
            var agencyId = user.AgencyId;
            cases = cases.Where(c => c.AgencyId == agencyId);
        }

        var list = await cases.OrderBy(c => c.ReferenceYear).ThenBy(c => c.ReferenceNumber).ToListAsync(ct);
        var agencies = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        HtcdsExport export;
        var suppressed = 0;
        if (anonymised)
        {
            (export, suppressed) = Anonymise(list, k);
        }
        else
        {
            var readsIdentity = !coordinator && CaseAccess.Decide(user.Role, CaseRelation.HoldingAgency).Reads(IdentifyingField.All);
            var referrals = await OutgoingReferralsAsync([.. list.Select(c => c.Id)], ct);
            export = new HtcdsExport(HtcdsLayout.Full, [.. list.Select(c =>
            {
                var row = Row(c, agencies.GetValueOrDefault(c.AgencyId, ""), readsIdentity && c.DataSharingConsent);
                AddOutgoingReferrals(row, referrals[c.Id]);
                return row;
            })]);
        }

        audit.Record(AuditEventType.HtcdsExported, details: string.Create(
            CultureInfo.InvariantCulture,
            $"format={KebabCase.Of(format)}; anonymised={anonymised}; k={(anonymised ? k : 0)}; rows={export.Rows.Count}; suppressed={suppressed}; scope={(coordinator ? "all" : "agency")}"));
        await audit.CommitAsync(cancellationToken: ct);
        return export;
    }

    private Dictionary<string, string?> Row(Case c, string agencyName, bool withIdentity)
    {
        var identity = withIdentity ? protector.Unprotect(c.ProtectedIdentity) : IdentifyingFields.Empty;
        var places = protector.UnprotectPlaces(c.Places, withIdentity);
        var (first, second) = SplitName(identity.LegalName);
        return new Dictionary<string, string?>
        {
            ["cas_CaseOwner"] = agencyName,
            ["prs_FirstName"] = first,
            ["prs_SecondName"] = second,
            ["con_Consent"] = c.DataSharingConsent ? "TRUE" : "FALSE",
            ["prs_Birthdate"] = Date(identity.DateOfBirth),
            ["prs_Gender"] = HtcdsVocabulary.Gender.Name(c.Sex),
            ["prs_Citizenship"] = c.Nationality,
            ["prs_MobilePhone"] = identity.Phone,
            ["vic_TraffickingStatus"] = HtcdsVocabulary.TraffickingStatus(c.Status),
            ["vic_MethodOfRecruitment"] = c.RecruitmentMeans is { } means ? HtcdsVocabulary.MethodOfRecruitment.Name(means) : null,
            ["vic_LocationOfRecruitment"] = Locations(places, TraffickingStage.Recruitment),
            ["vic_MethodsOfControl"] = Join(c.MethodsOfControl.Select(HtcdsVocabulary.MethodsOfControl.Name)),
            ["vic_TypeOfExploitation"] = Join(c.ExploitationForms.Select(HtcdsVocabulary.TypeOfExploitation.Name)),
            ["vic_ForcedLabourIndustry"] = c.ForcedLabourIndustry is { } industry ? HtcdsVocabulary.ForcedLabourIndustries.Name(industry) : null,
            ["vic_TypeOfSexExploitation"] = Join(c.SexExploitationTypes.Select(HtcdsVocabulary.TypeOfSexExploitation.Name)),
            ["vic_LocationOfExploitation"] = Locations(places, TraffickingStage.Exploitation),
            ["cas_Status"] = HtcdsVocabulary.CaseStatusName(c.Status),
            ["cas_IncomingReferralDate"] = Date(c.DetectedOn),
            ["cas_ReasonForCaseClosure"] = c.ClosureReason is { } closure ? KebabCase.Of(closure) : null,
            ["prs_PrimaryLanguage"] = identity.Languages.ElementAtOrDefault(0),
            ["prs_SecondaryLanguage"] = identity.Languages.ElementAtOrDefault(1),
            [HtcdsLayout.Pas.Reference] = c.Reference,
            [HtcdsLayout.Pas.Pseudonym] = c.Pseudonym,
            [HtcdsLayout.Pas.Departement] = c.Departement,
            [HtcdsLayout.Pas.DetectedOn] = Date(c.DetectedOn),
            [HtcdsLayout.Pas.BirthYear] = c.BirthYear?.ToString(CultureInfo.InvariantCulture),
            [HtcdsLayout.Pas.EstimatedAge] = c.EstimatedAge?.ToString(CultureInfo.InvariantCulture),
            [HtcdsLayout.Pas.AgeDisputed] = c.AgeDisputed ? "TRUE" : "FALSE",
            [HtcdsLayout.Pas.ExploitationForms] = string.Join(';', c.ExploitationForms.Select(f => KebabCase.Of(f))),
            [HtcdsLayout.Pas.RecruitmentMeans] = c.RecruitmentMeans is { } m ? KebabCase.Of(m) : null,
            [HtcdsLayout.Pas.Languages] = string.Join(';', identity.Languages),
            [HtcdsLayout.Pas.Places] = places.Count == 0 ? null : JsonSerializer.Serialize(places, PlacesJson),
        };
    }

    /// <summary>A referral as HTCDS describes an outgoing one: to whom, what, how it stands, when.</summary>
    private sealed record OutgoingReferral(string Organisation, ServiceType Service, ReferralStatus Status, DateOnly SentOn);

    /// <summary>
    /// The referrals of the exported cases that reached an organisation (sent, accepted or completed; a declined or
    /// withdrawn one never received the case), with the provider's name — an organisation, never a person.
    /// </summary>
    private async Task<ILookup<Guid, OutgoingReferral>> OutgoingReferralsAsync(IReadOnlyCollection<Guid> caseIds, CancellationToken ct)
    {
        var received = new[] { ReferralStatus.Sent, ReferralStatus.Accepted, ReferralStatus.Completed };
        var rows = new List<(Guid CaseId, OutgoingReferral Referral)>();
        foreach (var chunk in caseIds.Chunk(1000))
        {
            rows.AddRange((await db.Referrals.AsNoTracking()
                    .Where(r => chunk.Contains(r.CaseId) && received.Contains(r.Status))
                    .Join(db.Providers, r => r.ProviderId, p => p.Id, (r, p) => new { r.CaseId, p.Name, r.Service, r.Status, r.SentOn })
                    .ToListAsync(ct))
                .Select(r => (r.CaseId, new OutgoingReferral(r.Name, r.Service, r.Status, r.SentOn))));
        }

        return rows.OrderBy(r => r.Referral.SentOn).ToLookup(r => r.CaseId, r => r.Referral);
    }

    /// <summary>
    /// HTCDS 2.0 outgoing-referral fields: the organisations (several allowed, as the standard notes), the reason (every
    /// Passerelle referral is for services the referring agency does not give: <c>AdditionalServicesRequired</c>), the
    /// first date, and one line per referral — service, status, date. The case worker is a person: left empty.
    /// </summary>
    private static void AddOutgoingReferrals(Dictionary<string, string?> row, IEnumerable<OutgoingReferral> referrals)
    {
        var list = referrals.ToList();
        if (list.Count == 0)
        {
            return;
        }

        row["cas_ReferredOrganisation"] = Join(list.Select(r => r.Organisation));
        row["cas_ReasonForOutgoingReferral"] = "AdditionalServicesRequired";
        row["cas_OutgoingReferralDate"] = Date(list[0].SentOn);
        row["cas_OutgoingReferralDetails"] = string.Join("; ", list.Select(r => string.Create(
            CultureInfo.InvariantCulture, $"{KebabCase.Of(r.Service)} {KebabCase.Of(r.Status)} {Date(r.SentOn)} ({r.Organisation})")));
    }

    private (HtcdsExport Export, int Suppressed) Anonymise(IReadOnlyList<Case> cases, int k)
    {
        var records = cases.Select(c => new ExportRecord<Case>(
            new QuasiIdentifierValues(
                c.Sex,
                // The age reached in the year of detection, as the statistics count it.
                AgeGroups.Of(c.BirthYear is { } year ? c.DetectedOn.Year - year : c.EstimatedAge),
                c.Nationality,
                c.ExploitationForms.Count > 0 ? c.ExploitationForms[0] : null,
                c.DetectedOn.Year,
                c.Departement),
            c)).ToList();
        var anonymised = KAnonymiser.Anonymise(records, new KAnonymityOptions { K = k });
        var rows = anonymised.Records.Select(r => (IReadOnlyDictionary<string, string?>)new Dictionary<string, string?>
        {
            ["prs_Gender"] = KebabCase.TryParse<Sex>(r.QuasiIdentifiers[QuasiIdentifier.Sex], out var sex) ? HtcdsVocabulary.Gender.Name(sex) : null,
            ["prs_Citizenship"] = Generalised(r.QuasiIdentifiers[QuasiIdentifier.Nationality]),
            ["vic_TypeOfExploitation"] = KebabCase.TryParse<ExploitationForm>(r.QuasiIdentifiers[QuasiIdentifier.ExploitationForm], out var form)
                ? HtcdsVocabulary.TypeOfExploitation.Name(form)
                : Generalised(r.QuasiIdentifiers[QuasiIdentifier.ExploitationForm]),
            [HtcdsLayout.Pas.AgeGroup] = Generalised(r.QuasiIdentifiers[QuasiIdentifier.AgeGroup]),
            [HtcdsLayout.Pas.Year] = Generalised(r.QuasiIdentifiers[QuasiIdentifier.Year]),
            [HtcdsLayout.Pas.Departement] = Generalised(r.QuasiIdentifiers[QuasiIdentifier.Departement]),
        }).ToList();
        return (new HtcdsExport(HtcdsLayout.Anonymised, rows), anonymised.SuppressedRecords);
    }

    /// <summary>A generalised value; "any" (fully generalised) and "unknown" are left empty, as the standard leaves an unknown value.</summary>
    private static string? Generalised(string value) =>
        value == GeneralisationHierarchy.Any || value == Category.UnknownCode ? null : value;

    /// <summary>"City, CC" for each place of the stage, joined by "; " (the template's multi-select separator).</summary>
    private static string? Locations(IReadOnlyList<TraffickingPlace> places, TraffickingStage stage) =>
        Join(places.Where(p => p.Stage == stage).Select(p => string.Join(", ", new[] { p.City, p.Country }.Where(v => !string.IsNullOrEmpty(v)))));

    private static string? Join(IEnumerable<string> values)
    {
        var distinct = values.Where(v => v.Length > 0).Distinct().ToList();
        return distinct.Count == 0 ? null : string.Join(';', distinct);
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>HTCDS has a first and a second name; Passerelle one legal name, split at its first space.</summary>
    private static (string? First, string? Second) SplitName(string? legalName)
    {
        if (string.IsNullOrWhiteSpace(legalName))
        {
            return (null, null);
        }

        var space = legalName.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? (legalName, null) : (legalName[..space], legalName[(space + 1)..]);
    }
}
