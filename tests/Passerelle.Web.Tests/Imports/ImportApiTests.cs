using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Cases;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Tests.Htcds;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Imports;

[Collection(AppCollection.Name)]
public sealed class ImportApiTests(PasserelleApp app)
{
    /// <summary>IOM's template with two valid rows (labels in one, value names in the other) and one invalid row; all fictional.</summary>
    private static byte[] Template(string token) => HtcdsTestFiles.FilledTemplate(
        new Dictionary<string, object>
        {
            ["prs_FirstName"] = "Adaeze",
            ["prs_SecondName"] = "Zorglub-" + token,
            ["con_Consent"] = "TRUE",
            ["prs_Birthdate"] = new DateTime(2001, 6, 15),
            ["prs_Gender"] = "Feminine",
            ["prs_Citizenship"] = "NG",
            ["prs_MailingPostalCode"] = "93200",
            ["vic_MethodOfRecruitment"] = "Through online social networks",
            ["vic_LocationOfRecruitment"] = "Benin City, Nigeria",
            ["vic_MethodsOfControl"] = "Debt bondage ",
            ["vic_TypeOfExploitation"] = "Sexual exploitation",
            ["vic_TypeOfSexExploitation"] = "Prostitution",
            ["vic_LocationOfExploitation"] = "Saint-Denis, FR",
            ["cas_Status"] = "Active",
            ["cas_IncomingReferralDate"] = new DateTime(2025, 10, 2),
        },
        new Dictionary<string, object>
        {
            ["prs_FirstName"] = "Mihai",
            ["prs_SecondName"] = "Zorglub-" + token,
            ["prs_Gender"] = "Masculine",
            ["prs_Citizenship"] = "RO",
            ["vic_TypeOfExploitation"] = "ForcedLabour",
            ["vic_ForcedLabourIndustry"] = "F_Construction",
            ["vic_MethodsOfControl"] = "WithholdsDocuments;TakesEarnings",
            ["cas_IncomingReferralDetails"] = "Fictional referral " + token,
        },
        new Dictionary<string, object>
        {
            ["prs_FirstName"] = "Nobody",
            ["prs_SecondName"] = "Zorglub-" + token,
            ["prs_Gender"] = "Alien",
            ["prs_Citizenship"] = "Atlantis",
            ["prs_Birthdate"] = "31/02/2001",
            ["vic_MethodsOfControl"] = "Mind control",
            ["cas_IncomingReferralDate"] = "2025-10-02",
        });

    private int ImportedCases(string agencyEmail) => app.WithDb(db =>
    {
        var agencyId = db.Users.Single(u => u.Email == agencyEmail).AgencyId;
        return db.Cases.Count(c => c.AgencyId == agencyId && c.ImportKey != null);
    });

    [Fact]
    public async Task Iom_template_dry_run_lists_every_row_error_in_french_and_creates_nothing_then_the_real_run_creates_once()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var file = Template(Guid.NewGuid().ToString("N")[..8]);
        var before = ImportedCases("ngo@demo.test");

        var dry = await HtcdsTestFiles.ImportAsync(ngo, file, "htcds.xlsx", dryRun: true, defaultDepartement: "75", defaultDetectedOn: "2025-01-15");
        Assert.Equal("succeeded", dry.GetProperty("status").GetString());
        Assert.Equal(3, dry.GetProperty("rowsTotal").GetInt32());
        Assert.Equal(3, dry.GetProperty("rowsDone").GetInt32());
        Assert.Equal(2, dry.GetProperty("created").GetInt32());
        Assert.Equal(0, dry.GetProperty("skipped").GetInt32());
        var errors = dry.GetProperty("errors").EnumerateArray().ToList();
        Assert.All(errors, e => Assert.Equal(5, e.GetProperty("row").GetInt32()));
        Assert.Equal(
            ["prs_Birthdate", "prs_Citizenship", "prs_Gender", "vic_MethodsOfControl"],
            errors.Select(e => e.GetProperty("field").GetString()).Distinct().Order());
        Assert.Contains(errors, e => e.GetProperty("message").GetString() == "Valeur inconnue « Alien » pour ce champ.");
        var notices = dry.GetProperty("notices").EnumerateArray().ToList();
        Assert.Contains(notices, n => n.GetProperty("row").GetInt32() == 3 && n.GetProperty("message").GetString()!.Contains("93", StringComparison.Ordinal));
        Assert.Contains(notices, n => n.GetProperty("row").GetInt32() == 4 && n.GetProperty("message").GetString()!.Contains("75", StringComparison.Ordinal));
        Assert.Equal(before, ImportedCases("ngo@demo.test"));

        var real = await HtcdsTestFiles.ImportAsync(ngo, file, "htcds.xlsx", dryRun: false, defaultDepartement: "75", defaultDetectedOn: "2025-01-15");
        Assert.Equal("succeeded", real.GetProperty("status").GetString());
        Assert.Equal(2, real.GetProperty("created").GetInt32());
        Assert.Equal(before + 2, ImportedCases("ngo@demo.test"));

        var again = await HtcdsTestFiles.ImportAsync(ngo, file, "htcds-again.xlsx", dryRun: false, defaultDepartement: "75", defaultDetectedOn: "2025-01-15");
        Assert.Equal(0, again.GetProperty("created").GetInt32());
        Assert.Equal(2, again.GetProperty("skipped").GetInt32());
        Assert.Equal(before + 2, ImportedCases("ngo@demo.test"));
    }

    [Fact]
    public async Task Imported_template_rows_become_cases_with_the_standard_values_derived_defaults_and_encrypted_identity()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var token = Guid.NewGuid().ToString("N")[..8];
        var result = await HtcdsTestFiles.ImportAsync(ngo, Template(token), "htcds.xlsx", dryRun: false, defaultDepartement: "75", defaultDetectedOn: "2025-01-15");
        Assert.Equal(2, result.GetProperty("created").GetInt32());

        var cases = app.WithDb(db => db.Cases.AsNoTracking().Where(c => c.ImportKey != null).OrderByDescending(c => c.CreatedAt).Take(2).ToList());
        var woman = cases.Single(c => c.Sex == Sex.Female);
        var man = cases.Single(c => c.Sex == Sex.Male);
        Assert.Equal("93", woman.Departement);
        Assert.Equal(new DateOnly(2025, 10, 2), woman.DetectedOn);
        Assert.Equal(2001, woman.BirthYear);
        Assert.Equal([ExploitationForm.SexualExploitation], woman.ExploitationForms);
        Assert.Equal(RecruitmentMeans.OnlineSocialNetwork, woman.RecruitmentMeans);
        Assert.Equal([Domain.Htcds.MethodOfControl.DebtBondage], woman.MethodsOfControl);
        Assert.True(woman.DataSharingConsent);
        Assert.StartsWith("IMP-", woman.Pseudonym, StringComparison.Ordinal);
        Assert.Equal(["NG", "FR"], woman.Places.Select(p => p.Country));
        Assert.DoesNotContain("Benin", string.Join(',', woman.Places.Select(p => p.ProtectedCity)), StringComparison.Ordinal);
        Assert.DoesNotContain(token, woman.ProtectedIdentity, StringComparison.Ordinal);

        Assert.Equal("75", man.Departement);
        Assert.Equal(new DateOnly(2025, 1, 15), man.DetectedOn);
        Assert.Equal(Domain.Htcds.ForcedLabourIndustry.Construction, man.ForcedLabourIndustry);

        var view = await ngo.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{woman.Id}");
        Assert.Equal($"Adaeze Zorglub-{token}", view.GetProperty("legalName").GetString());
        Assert.Equal("Benin City", view.GetProperty("places")[0].GetProperty("city").GetString());
        Assert.Contains("cas_Status: Active", view.GetProperty("notes").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_then_import_into_another_agency_of_a_fresh_database_loses_nothing_the_standard_carries()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var prefix = CaseApi.Unique("Trip");
        foreach (var (suffix, consent) in new[] { ("-a", true), ("-b", false) })
        {
            var created = await ngo.PostAsJsonAsync("/api/v1/cases", HtcdsExportTests.RichCase(prefix + suffix, consent));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var exported = HtcdsTestFiles.OnlyRows(await (await ngo.GetAsync("/api/v1/exports/htcds?format=csv")).Content.ReadAsByteArrayAsync(), prefix);

        await using var fresh = new PasserelleApp();
        await fresh.InitializeAsync();
        var police = await fresh.ApiAsAsync("police@demo.test");
        var result = await HtcdsTestFiles.ImportAsync(police, exported, "passerelle-htcds.csv", dryRun: false);
        Assert.True(result.GetProperty("errors").GetArrayLength() == 0, result.GetRawText());
        Assert.Equal(2, result.GetProperty("created").GetInt32());

        var (_, _, before) = HtcdsTestFiles.ReadCsv(exported);
        var (_, _, after) = HtcdsTestFiles.ReadCsv(await (await police.GetAsync("/api/v1/exports/htcds?format=csv")).Content.ReadAsByteArrayAsync());
        foreach (var original in before)
        {
            var copy = after.Single(r => r["pas_Pseudonym"] == original["pas_Pseudonym"]);
            var lost = original.Keys
                .Where(field => field is not ("cas_CaseOwner" or "pas_Reference"))
                .Where(field => original[field] != copy[field])
                .Select(field => $"{field}: '{original[field]}' became '{copy[field]}'")
                .ToList();
            Assert.True(lost.Count == 0, string.Join("\n", lost));
        }

        var again = await HtcdsTestFiles.ImportAsync(police, exported, "passerelle-htcds.csv", dryRun: false);
        Assert.Equal(0, again.GetProperty("created").GetInt32());
        Assert.Equal(2, again.GetProperty("skipped").GetInt32());
    }

    [Fact]
    public async Task A_file_without_htcds_field_names_or_of_another_type_is_a_400_in_french()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var csv = await HtcdsTestFiles.PostAsync(ngo, Encoding.UTF8.GetBytes("name,age\nFictional,30\n"), "people.csv", dryRun: true);
        Assert.Equal(HttpStatusCode.BadRequest, csv.StatusCode);
        Assert.Contains("HTCDS", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var text = await HtcdsTestFiles.PostAsync(ngo, Encoding.UTF8.GetBytes("hello"), "notes.txt", dryRun: true);
        Assert.Equal(HttpStatusCode.BadRequest, text.StatusCode);

        var badDefault = await HtcdsTestFiles.PostAsync(ngo, Template("x"), "htcds.xlsx", dryRun: true, defaultDepartement: "99");
        Assert.Equal(HttpStatusCode.BadRequest, badDefault.StatusCode);
    }

    [Fact]
    public async Task An_import_is_seen_only_by_its_agency()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var started = await HtcdsTestFiles.PostAsync(ngo, Template("seen"), "htcds.xlsx", dryRun: true, defaultDepartement: "75", defaultDetectedOn: "2025-01-15");
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var other = await app.ApiAsAsync("ngo2@demo.test");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/imports/{id}")).StatusCode);
        var coordinator = await app.ApiAsAsync("coordinator@demo.test");
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync($"/api/v1/imports/{id}")).StatusCode);
    }
}
