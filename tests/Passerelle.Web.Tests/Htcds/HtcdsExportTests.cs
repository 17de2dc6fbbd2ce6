using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Passerelle.Web.Features.Documents;
using Passerelle.Web.Features.Htcds;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Htcds;

[Collection(AppCollection.Name)]
public sealed class HtcdsExportTests(PasserelleApp app)
{
    /// <summary>A case with every HTCDS fact Passerelle records, all fictional.</summary>
    public static object RichCase(string pseudonym, bool consent, string legalName = "Ifeoma Zorglub-Okafor") => new
    {
        pseudonym,
        sex = "female",
        birthYear = 1999,
        nationality = "NG",
        exploitationForms = new[] { "sexual-exploitation", "forced-criminality" },
        recruitmentMeans = "online-social-network",
        departement = "93",
        detectedOn = "2025-11-03",
        legalName,
        dateOfBirth = "1999-04-12",
        phone = "+33 6 00 00 00 01",
        languages = new[] { "en", "yor" },
        methodsOfControl = new[] { "debt-bondage", "withholds-documents" },
        forcedLabourIndustry = "accommodation-and-food-service-activities",
        sexExploitationTypes = new[] { "prostitution", "remote-interactive-services" },
        places = new object[]
        {
            new { stage = "recruitment", country = "NG", city = "Benin City", type = "online", date = "2024-02-01" },
            new { stage = "transit", country = "LY", date = "2024-05-10" },
            new { stage = "exploitation", country = "FR", city = "Saint-Denis", type = "short-term-rental", date = "2024-09-01" },
        },
        dataSharingConsent = consent,
    };

    private async Task<(HttpClient Ngo, string Prefix)> TwoCasesAsync()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var prefix = CaseApi.Unique("Htcds");
        foreach (var (suffix, consent) in new[] { ("-a", true), ("-b", false) })
        {
            var response = await ngo.PostAsJsonAsync("/api/v1/cases", RichCase(prefix + suffix, consent));
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        }

        return (ngo, prefix);
    }

    [Fact]
    public async Task Case_api_keeps_the_htcds_facts_and_normalises_languages_to_iso_639_1()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var created = await (await ngo.PostAsJsonAsync("/api/v1/cases", RichCase(CaseApi.Unique("HtcdsApi"), true))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["en", "yo"], created.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(["debt-bondage", "withholds-documents"], created.GetProperty("methodsOfControl").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("accommodation-and-food-service-activities", created.GetProperty("forcedLabourIndustry").GetString());
        var places = created.GetProperty("places");
        Assert.Equal(3, places.GetArrayLength());
        Assert.Equal("Benin City", places[0].GetProperty("city").GetString());
        Assert.Equal("short-term-rental", places[2].GetProperty("type").GetString());

        var coordinator = await app.ApiAsAsync("coordinator@demo.test");
        var seen = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{created.GetProperty("id").GetGuid()}");
        Assert.Equal("NG", seen.GetProperty("places")[0].GetProperty("country").GetString());
        Assert.False(seen.GetProperty("places")[0].TryGetProperty("city", out var city) && city.ValueKind != JsonValueKind.Null);
        Assert.DoesNotContain("Benin City", seen.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Case_api_refuses_a_language_that_is_not_an_iso_639_code_and_a_place_in_an_unknown_country()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var body = JsonSerializer.SerializeToNode(RichCase(CaseApi.Unique("HtcdsBad"), true))!;
        body["languages"] = new System.Text.Json.Nodes.JsonArray("English");
        body["places"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["stage"] = "exploitation", ["country"] = "XX" });
        var response = await ngo.PostAsJsonAsync("/api/v1/cases", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("languages", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("places", out _));
    }

    [Fact]
    public async Task Agency_export_has_the_template_rows_and_the_identity_only_with_consent()
    {
        var (ngo, prefix) = await TwoCasesAsync();
        var response = await ngo.GetAsync("/api/v1/exports/htcds?format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (names, labels, rows) = HtcdsTestFiles.ReadCsv(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(HtcdsLayout.Full.Select(c => c.Name), names);
        Assert.Equal(["cas_CaseOwner", "prs_Salutation", "prs_FirstName", "prs_SecondName", "con_Consent", "prs_Birthdate", "prs_Gender"], names.Take(7));
        Assert.Equal("Trafficking Status Decision Making Organization", labels[Array.IndexOf(names, "vic_TraffickingStatusDecisionMakingOrg")]);
        var consented = rows.Single(r => r["pas_Pseudonym"] == prefix + "-a");
        var refused = rows.Single(r => r["pas_Pseudonym"] == prefix + "-b");

        Assert.Equal("TRUE", consented["con_Consent"]);
        Assert.Equal("Ifeoma", consented["prs_FirstName"]);
        Assert.Equal("Zorglub-Okafor", consented["prs_SecondName"]);
        Assert.Equal("1999-04-12", consented["prs_Birthdate"]);
        Assert.Equal("Feminine", consented["prs_Gender"]);
        Assert.Equal("NG", consented["prs_Citizenship"]);
        Assert.Equal("PossibleVictimOfTrafficking", consented["vic_TraffickingStatus"]);
        Assert.Equal("ThroughOnlineSocialNetworks", consented["vic_MethodOfRecruitment"]);
        Assert.Equal("Benin City, NG", consented["vic_LocationOfRecruitment"]);
        Assert.Equal("DebtBondage;WithholdsDocuments", consented["vic_MethodsOfControl"]);
        Assert.Equal("SexualExploitation;Other", consented["vic_TypeOfExploitation"]);
        Assert.Equal("I_AccommodationAndFoodServiceActivities", consented["vic_ForcedLabourIndustry"]);
        Assert.Equal("Prostitution;RemoteInteractiveServices", consented["vic_TypeOfSexExploitation"]);
        Assert.Equal("Saint-Denis, FR", consented["vic_LocationOfExploitation"]);
        Assert.Equal("Active", consented["cas_Status"]);
        Assert.Equal("2025-11-03", consented["cas_IncomingReferralDate"]);
        Assert.Equal("en", consented["prs_PrimaryLanguage"]);
        Assert.Equal("yo", consented["prs_SecondaryLanguage"]);

        Assert.Equal("FALSE", refused["con_Consent"]);
        foreach (var identifying in new[] { "prs_FirstName", "prs_SecondName", "prs_Birthdate", "prs_MobilePhone", "prs_PrimaryLanguage", "pas_Languages" })
        {
            Assert.Equal("", refused[identifying]);
        }

        Assert.Equal("NG", refused["vic_LocationOfRecruitment"]);
        Assert.DoesNotContain(rows, r => r["cas_CaseOwner"] != consented["cas_CaseOwner"]);
    }

    /// <summary>HTCDS 2.0 outgoing-referral and closure fields come from Passerelle's referral workflow and closure.</summary>
    [Fact]
    public async Task Export_fills_the_outgoing_referral_and_the_reason_for_closure()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var pseudonym = CaseApi.Unique("HtcdsReferred");
        var created = await (await ngo.PostAsJsonAsync("/api/v1/cases", RichCase(pseudonym, true))).Content.ReadFromJsonAsync<JsonElement>();
        var caseId = created.GetProperty("id").GetString()!;
        var providerId = await Referrals.ReferralApi.ShelterProviderAsync(app);
        var provider = (await Referrals.ReferralApi.ProviderAsync(ngo, providerId)).GetProperty("name").GetString()!;
        var sent = await Referrals.ReferralApi.ReferAsync(ngo, caseId, providerId, Referrals.ReferralApi.Consent);
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var sentOn = (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sentOn").GetString();
        var closed = await ngo.PostAsJsonAsync($"/api/v1/cases/{caseId}/closure", new { reason = "integration", closedOn = "2026-03-10" });
        Assert.True(closed.IsSuccessStatusCode, await closed.Content.ReadAsStringAsync());

        var (_, _, rows) = HtcdsTestFiles.ReadCsv(await (await ngo.GetAsync("/api/v1/exports/htcds?format=csv")).Content.ReadAsByteArrayAsync());
        var row = rows.Single(r => r["pas_Pseudonym"] == pseudonym);

        Assert.Equal(provider, row["cas_ReferredOrganisation"]);
        Assert.Equal("AdditionalServicesRequired", row["cas_ReasonForOutgoingReferral"]);
        Assert.Equal(sentOn, row["cas_OutgoingReferralDate"]);
        Assert.StartsWith("specialised-shelter sent ", row["cas_OutgoingReferralDetails"], StringComparison.Ordinal);
        Assert.Equal("", row["cas_ReferredPrimaryCaseWorker"]);
        Assert.Equal("integration", row["cas_ReasonForCaseClosure"]);
        Assert.Equal("Closed", row["cas_Status"]);
    }

    [Fact]
    public async Task Coordinator_export_is_pseudonymised_and_covers_every_agency()
    {
        var (_, prefix) = await TwoCasesAsync();
        var coordinator = await app.ApiAsAsync("coordinator@demo.test");
        var response = await coordinator.GetAsync("/api/v1/exports/htcds?format=json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        var rows = JsonSerializer.Deserialize<List<Dictionary<string, string?>>>(text)!;
        var consented = rows.Single(r => r["pas_Pseudonym"] == prefix + "-a");
        Assert.Null(consented["prs_FirstName"]);
        Assert.Null(consented["prs_Birthdate"]);
        Assert.Equal("NG", consented["vic_LocationOfRecruitment"]);
        Assert.DoesNotContain("Zorglub-Okafor", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Benin City", text, StringComparison.Ordinal);
        Assert.True(rows.Select(r => r["cas_CaseOwner"]).Distinct().Count() > 1);
    }

    [Fact]
    public async Task Anonymised_export_keeps_only_generalised_quasi_identifiers_in_classes_of_at_least_k()
    {
        await TwoCasesAsync();
        var coordinator = await app.ApiAsAsync("coordinator@demo.test");
        var response = await coordinator.GetAsync("/api/v1/exports/htcds?format=xlsx&anonymised=true&k=5");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sheet = Spreadsheet.Read(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), null);
        var names = sheet[0].Where(c => c.Length > 0).ToList();
        Assert.Equal(HtcdsLayout.Anonymised.Select(c => c.Name), names);
        var classes = sheet.Skip(2).Where(r => r.Any(c => c.Length > 0))
            .GroupBy(r => string.Join('|', r.Take(names.Count)))
            .ToList();
        Assert.NotEmpty(classes);
        Assert.All(classes, c => Assert.True(c.Count() >= 5, $"class {c.Key} has {c.Count()} rows"));
    }

    [Theory]
    [InlineData("format=pdf")]
    [InlineData("anonymised=true&k=1")]
    [InlineData("k=101")]
    public async Task Bad_export_parameters_are_a_400(string query)
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var response = await ngo.GetAsync("/api/v1/exports/htcds?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_statistician_may_not_export_cases()
    {
        var statistician = await app.ApiAsAsync("statistician@demo.test");
        Assert.Equal(HttpStatusCode.Forbidden, (await statistician.GetAsync("/api/v1/exports/htcds")).StatusCode);
    }
}
