using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Passerelle.Domain.Cases;
using Passerelle.Domain.Geography;
using Passerelle.Domain.Htcds;
using Passerelle.Domain.Texts;
using Passerelle.Web.Features.Htcds;
using Pas = Passerelle.Web.Features.Htcds.HtcdsLayout.Pas;

namespace Passerelle.Web.Features.Imports;

/// <summary>What the import form gives for what a row lacks and cannot be derived.</summary>
public sealed record ImportDefaults(string? Departement, DateOnly? DetectedOn);

/// <summary>One row read: the facts to register (null when the row has errors), its identity key, its errors and what was derived.</summary>
public sealed record ImportedRow(int Row, CaseFacts? Facts, string Key, IReadOnlyList<ImportMessage> Errors, IReadOnlyList<ImportMessage> Notices);

/// <summary>
/// Turns one row of an HTCDS file into a case's facts, field by field as docs/htcds-mapping.md says, deriving what
/// Passerelle requires and the standard lacks: the pseudonym (from the row's key: the person's name never becomes
/// a pseudonym), the département (from a French postal code or the mailing state, else the form's default), the
/// detection date (the incoming referral date, else the form's default). Every value that cannot be read is an
/// error naming its column; every derivation a notice.
/// </summary>
public static class ImportRowReader
{
    private static readonly Dictionary<string, string> FieldOfRule = new(StringComparer.Ordinal)
    {
        ["pseudonym"] = Pas.Pseudonym,
        ["sex"] = "prs_Gender",
        ["birthYear"] = Pas.BirthYear,
        ["estimatedAge"] = Pas.EstimatedAge,
        ["nationality"] = "prs_Citizenship",
        ["exploitationForms"] = "vic_TypeOfExploitation",
        ["departement"] = Pas.Departement,
        ["detectedOn"] = "cas_IncomingReferralDate",
        ["legalName"] = "prs_FirstName",
        ["dateOfBirth"] = "prs_Birthdate",
        ["phone"] = "prs_MobilePhone",
        ["languages"] = "prs_PrimaryLanguage",
        ["notes"] = "cas_IncomingReferralDetails",
        ["methodsOfControl"] = "vic_MethodsOfControl",
        ["forcedLabourIndustry"] = "vic_ForcedLabourIndustry",
        ["sexExploitationTypes"] = "vic_TypeOfSexExploitation",
        ["places"] = "vic_LocationOfExploitation",
    };

    /// <summary>Standard fields Passerelle has no place for: kept, as "field: value" lines, in the case's (encrypted) notes.</summary>
    private static readonly string[] KeptInNotes =
    [
        "cas_CaseOwner", "prs_Salutation", "prs_Title", "prs_Email", "prs_HomePhone", "prs_MailingStreet", "prs_MailingCity",
        "prs_MailingState", "prs_MailingPostalCode", "prs_MailingCountry", "vic_TraffickingStatus",
        "vic_TraffickingStatusDecisionMakingOrg", "cas_Status", "cas_ReferringOrganisation", "cas_ReferringPrimaryCaseWorker",
        "cas_ReasonForIncomingReferral", "cas_IncomingReferralDetails", "cas_ReferredOrganisation", "cas_ReferredPrimaryCaseWorker",
        "cas_ReasonForOutgoingReferral", "cas_OutgoingReferralDate", "cas_OutgoingReferralDetails", "cas_ReasonForCaseClosure",
    ];

    public static ImportedRow Read(HtcdsSourceRow row, ImportDefaults defaults, Guid agencyId, DateOnly today)
    {
        var errors = new List<ImportMessage>();
        var notices = new List<ImportMessage>();
        void Error(string field, string message, params string[] args) => errors.Add(new ImportMessage(row.Number, field, message, args));
        void Notice(string field, string message, params string[] args) => notices.Add(new ImportMessage(row.Number, field, message, args));

        var key = Key(agencyId, row);

        var pseudonym = row.Get(Pas.Pseudonym);
        if (pseudonym.Length == 0)
        {
            pseudonym = "IMP-" + key[..8].ToUpperInvariant();
            Notice(Pas.Pseudonym, "Pseudonym derived from the row: {0}.", pseudonym);
        }

        var sex = Sex.Unknown;
        if (row.Get("prs_Gender") is { Length: > 0 } gender && !HtcdsVocabulary.Gender.TryRead(gender, out sex))
        {
            Error("prs_Gender", "Unknown value \"{0}\" for this field.", gender);
        }

        var dateOfBirth = Date(row, "prs_Birthdate", Error);
        var birthYear = Int(row, Pas.BirthYear, Error) ?? dateOfBirth?.Year;
        var estimatedAge = Int(row, Pas.EstimatedAge, Error);
        var ageDisputed = Bool(row, Pas.AgeDisputed, Error) ?? false;

        string? nationality = null;
        if (HtcdsVocabulary.SplitMultiple(row.Get("prs_Citizenship")).FirstOrDefault() is { } citizenship)
        {
            nationality = Country(citizenship);
            if (nationality is null)
            {
                Error("prs_Citizenship", "Unknown country \"{0}\": an ISO 3166-1 alpha-2 code, such as NG, is expected.", citizenship);
            }
        }

        var forms = row.Get(Pas.ExploitationForms).Length > 0
            ? Many<ExploitationForm>(row, Pas.ExploitationForms, (string text, out ExploitationForm form) => KebabCase.TryParse(text, out form), Error)
            : Many<ExploitationForm>(row, "vic_TypeOfExploitation", HtcdsVocabulary.TypeOfExploitation.TryRead, Error);
        if (forms.Count == 0 && !errors.Any(e => e.Field is "vic_TypeOfExploitation" or Pas.ExploitationForms))
        {
            forms = [ExploitationForm.Other];
            Notice("vic_TypeOfExploitation", "No type of exploitation: recorded as other.");
        }

        RecruitmentMeans? means = null;
        if (row.Get(Pas.RecruitmentMeans) is { Length: > 0 } own)
        {
            means = KebabCase.TryParse<RecruitmentMeans>(own, out var parsed) ? parsed : null;
            if (means is null)
            {
                Error(Pas.RecruitmentMeans, "Unknown value \"{0}\" for this field.", own);
            }
        }
        else
        {
            means = Many<RecruitmentMeans>(row, "vic_MethodOfRecruitment", HtcdsVocabulary.MethodOfRecruitment.TryRead, Error).Cast<RecruitmentMeans?>().FirstOrDefault();
        }

        ForcedLabourIndustry? industry = null;
        if (row.Get("vic_ForcedLabourIndustry") is { Length: > 0 } sector)
        {
            industry = HtcdsVocabulary.ForcedLabourIndustries.TryRead(sector, out var parsed) ? parsed : null;
            if (industry is null)
            {
                Error("vic_ForcedLabourIndustry", "Unknown value \"{0}\" for this field.", sector);
            }
        }

        var departement = Departement(row, defaults, Error, Notice);
        var detectedOn = DetectedOn(row, defaults, Error, Notice);
        var places = Places(row, Error);
        var languages = Languages(row, Error);
        var first = row.Get("prs_FirstName");
        var second = row.Get("prs_SecondName");
        var legalName = string.Join(' ', new[] { first, second }.Where(n => n.Length > 0));
        var phone = row.Get("prs_MobilePhone") is { Length: > 0 } mobile ? mobile : row.Get("prs_HomePhone");
        var methods = Many<MethodOfControl>(row, "vic_MethodsOfControl", HtcdsVocabulary.MethodsOfControl.TryRead, Error);
        var sexTypes = Many<SexExploitationType>(row, "vic_TypeOfSexExploitation", HtcdsVocabulary.TypeOfSexExploitation.TryRead, Error);
        var consent = Bool(row, "con_Consent", Error) ?? false;

        if (errors.Count > 0 || departement is null || detectedOn is null)
        {
            return new ImportedRow(row.Number, null, key, errors, notices);
        }

        var facts = new CaseFacts
        {
            Pseudonym = pseudonym,
            Sex = sex,
            BirthYear = birthYear,
            EstimatedAge = birthYear is null ? estimatedAge : null,
            AgeDisputed = ageDisputed,
            Nationality = nationality,
            ExploitationForms = forms,
            RecruitmentMeans = means,
            Departement = departement,
            DetectedOn = detectedOn.Value,
            MethodsOfControl = methods,
            ForcedLabourIndustry = industry,
            SexExploitationTypes = sexTypes,
            Places = places,
            DataSharingConsent = consent,
            Identity = new IdentifyingFields
            {
                LegalName = legalName.Length > 0 ? legalName : null,
                DateOfBirth = dateOfBirth,
                Phone = phone.Length > 0 ? phone : null,
                Languages = languages,
                Notes = Notes(row),
            },
        };
        foreach (var (field, messages) in CaseRules.Validate(facts, today))
        {
            foreach (var message in messages)
            {
                Error(FieldOfRule.GetValueOrDefault(field, field), message);
            }
        }

        return new ImportedRow(row.Number, errors.Count == 0 ? facts : null, key, errors, notices);
    }

    /// <summary>
    /// The row's identity: a SHA-256 of the importing agency and the row's non-empty cells by field name, so the same
    /// row imported again into the same agency is recognised, wherever it stands in the file.
    /// </summary>
    public static string Key(Guid agencyId, HtcdsSourceRow row)
    {
        var text = new StringBuilder(agencyId.ToString("N"));
        foreach (var (field, value) in row.Cells.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            text.Append('\u001f').Append(field).Append('=').Append(value);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private delegate bool TryRead<T>(string text, out T value);

    private static List<T> Many<T>(HtcdsSourceRow row, string field, TryRead<T> read, Action<string, string, string[]> error)
    {
        var values = new List<T>();
        foreach (var text in HtcdsVocabulary.SplitMultiple(row.Get(field)))
        {
            if (read(text, out var value))
            {
                if (!values.Contains(value))
                {
                    values.Add(value);
                }
            }
            else
            {
                error(field, "Unknown value \"{0}\" for this field.", [text]);
            }
        }

        return values;
    }

    private static string? Departement(HtcdsSourceRow row, ImportDefaults defaults, Action<string, string, string[]> error, Action<string, string, string[]> notice)
    {
        if (row.Get(Pas.Departement) is { Length: > 0 } own)
        {
            if (Departements.IsKnown(own.ToUpperInvariant()))
            {
                return own.ToUpperInvariant();
            }

            error(Pas.Departement, "Unknown département \"{0}\".", [own]);
            return null;
        }

        var country = row.Get("prs_MailingCountry");
        if (country.Length == 0 || Country(country) == "FR")
        {
            if (FromPostalCode(row.Get("prs_MailingPostalCode")) is { } fromPostalCode)
            {
                notice(Pas.Departement, "Département {0} derived from the postal code.", [fromPostalCode]);
                return fromPostalCode;
            }

            var state = row.Get("prs_MailingState");
            var byState = Departements.Find(state.ToUpperInvariant())
                ?? Departements.All.FirstOrDefault(d => string.Equals(d.Name, state, StringComparison.OrdinalIgnoreCase));
            if (byState is not null)
            {
                notice(Pas.Departement, "Département {0} derived from the mailing state.", [byState.Code]);
                return byState.Code;
            }
        }

        if (defaults.Departement is { } fallback)
        {
            notice(Pas.Departement, "Département {0} taken from the form's default.", [fallback]);
            return fallback;
        }

        error(Pas.Departement, "No département: give a French postal code, the pas_Departement column or a default on the form.", []);
        return null;
    }

    /// <summary>A French postal code's département: two digits, three overseas (97x), Corsica split at 20200.</summary>
    public static string? FromPostalCode(string postalCode)
    {
        var digits = postalCode.Replace(" ", "", StringComparison.Ordinal);
        if (digits.Length != 5 || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        var code = digits[..2] switch
        {
            "20" => string.CompareOrdinal(digits, "20200") < 0 ? "2A" : "2B",
            "97" or "98" => digits[..3],
            var two => two,
        };
        return Departements.IsKnown(code) ? code : null;
    }

    private static DateOnly? DetectedOn(HtcdsSourceRow row, ImportDefaults defaults, Action<string, string, string[]> error, Action<string, string, string[]> notice)
    {
        if (row.Get(Pas.DetectedOn).Length > 0)
        {
            return Date(row, Pas.DetectedOn, error);
        }

        if (row.Get("cas_IncomingReferralDate").Length > 0)
        {
            var referral = Date(row, "cas_IncomingReferralDate", error);
            if (referral is not null)
            {
                notice("cas_IncomingReferralDate", "Detection date taken from the incoming referral date.", []);
            }

            return referral;
        }

        if (defaults.DetectedOn is { } fallback)
        {
            notice(Pas.DetectedOn, "Detection date {0} taken from the form's default.", [fallback.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]);
            return fallback;
        }

        error("cas_IncomingReferralDate", "No detection date: give the incoming referral date or a default on the form.", []);
        return null;
    }

    private static List<TraffickingPlace> Places(HtcdsSourceRow row, Action<string, string, string[]> error)
    {
        if (row.Get(Pas.Places) is { Length: > 0 } json)
        {
            try
            {
                return JsonSerializer.Deserialize<List<TraffickingPlace>>(json, HtcdsExporter.PlacesJson) ?? [];
            }
            catch (JsonException)
            {
                error(Pas.Places, "The places are not readable: a JSON list as Passerelle exports it is expected.", []);
                return [];
            }
        }

        var places = new List<TraffickingPlace>();
        foreach (var (field, stage) in new[] { ("vic_LocationOfRecruitment", TraffickingStage.Recruitment), ("vic_LocationOfExploitation", TraffickingStage.Exploitation) })
        {
            foreach (var location in HtcdsVocabulary.SplitMultiple(row.Get(field)))
            {
                // "City, CC", "City, Country name" or a country alone; anything else is a city.
                var comma = location.LastIndexOf(',');
                var last = comma < 0 ? location : location[(comma + 1)..].Trim();
                var country = Country(last);
                var city = country is null ? location : comma < 0 ? null : location[..comma].Trim();
                places.Add(new TraffickingPlace { Stage = stage, Country = country, City = string.IsNullOrEmpty(city) ? null : city });
            }
        }

        return places;
    }

    private static List<string> Languages(HtcdsSourceRow row, Action<string, string, string[]> error)
    {
        var languages = new List<string>();
        var given = row.Get(Pas.Languages).Length > 0
            ? HtcdsVocabulary.SplitMultiple(row.Get(Pas.Languages)).Select(l => (Field: Pas.Languages, Code: l))
            : new[] { "prs_PrimaryLanguage", "prs_SecondaryLanguage" }.Select(f => (Field: f, Code: row.Get(f))).Where(l => l.Code.Length > 0);
        foreach (var (field, code) in given)
        {
            if (IsoLanguages.Normalise(code) is { } normalised)
            {
                languages.Add(normalised);
            }
            else
            {
                error(field, "Unknown language \"{0}\": an ISO 639 code, such as fr or ara, is expected.", [code]);
            }
        }

        return languages;
    }

    private static string? Notes(HtcdsSourceRow row)
    {
        var lines = KeptInNotes.Where(f => row.Get(f).Length > 0).Select(f => $"{f}: {row.Get(f)}").ToList();
        if (lines.Count == 0)
        {
            return null;
        }

        var notes = string.Join('\n', lines);
        return notes.Length <= CaseRules.NotesMaxLength ? notes : notes[..CaseRules.NotesMaxLength];
    }

    /// <summary>An ISO 3166-1 alpha-2 code, or an English or French country name.</summary>
    private static string? Country(string text)
    {
        var trimmed = text.Trim();
        if (Countries.Find(trimmed.ToUpperInvariant()) is { } byCode)
        {
            return byCode.Code;
        }

        return Countries.All.FirstOrDefault(c => string.Equals(c.NameEn, trimmed, StringComparison.OrdinalIgnoreCase)
            || string.Equals(c.NameFr, trimmed, StringComparison.OrdinalIgnoreCase))?.Code;
    }

    private static DateOnly? Date(HtcdsSourceRow row, string field, Action<string, string, string[]> error)
    {
        var text = row.Get(field);
        if (text.Length == 0)
        {
            return null;
        }

        string[] formats = ["yyyy-MM-dd", "dd/MM/yyyy", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss"];
        if (DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return DateOnly.FromDateTime(date);
        }

        error(field, "The date \"{0}\" is not a date: yyyy-MM-dd is expected.", [text]);
        return null;
    }

    private static int? Int(HtcdsSourceRow row, string field, Action<string, string, string[]> error)
    {
        var text = row.Get(field);
        if (text.Length == 0)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        error(field, "The value \"{0}\" is not a whole number.", [text]);
        return null;
    }

    private static bool? Bool(HtcdsSourceRow row, string field, Action<string, string, string[]> error)
    {
        var text = row.Get(field);
        if (text.Length == 0)
        {
            return null;
        }

        switch (text.ToLowerInvariant())
        {
            case "true" or "yes" or "oui" or "vrai" or "1" or "x":
                return true;
            case "false" or "no" or "non" or "faux" or "0":
                return false;
            default:
                error(field, "The value \"{0}\" is not yes or no: TRUE or FALSE is expected.", [text]);
                return null;
        }
    }
}
