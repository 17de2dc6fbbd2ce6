using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Cases;

/// <summary>Malformed bodies: each is a 400 problem naming the bad field, never a 500, and nothing is stored.</summary>
[Collection(AppCollection.Name)]
public sealed class BadInputTests(PasserelleApp app)
{
    private static string Valid(Action<JsonObject> change)
    {
        var body = JsonSerializer.SerializeToNode(CaseApi.Body("BadInput"))!.AsObject();
        change(body);
        return body.ToJsonString();
    }

    public static TheoryData<string, string> Bodies => new()
    {
        { "{", "body" },
        { "[]", "body" },
        { Valid(b => b["sex"] = "robot"), "sex" },
        { Valid(b => b["sex"] = 1), "sex" },
        { Valid(b => b.Remove("sex")), "sex" },
        { Valid(b => b["birthYear"] = "abc"), "birthYear" },
        { Valid(b => b["birthYear"] = 1800), "birthYear" },
        { Valid(b => b["birthYear"] = 2999), "birthYear" },
        { Valid(b => { b.Remove("birthYear"); b["estimatedAge"] = -3; }), "estimatedAge" },
        { Valid(b => { b.Remove("birthYear"); b["estimatedAge"] = 140; }), "estimatedAge" },
        { Valid(b => b["estimatedAge"] = 25), "estimatedAge" },
        { Valid(b => b["ageDisputed"] = "maybe"), "ageDisputed" },
        { Valid(b => b["nationality"] = "ZZ"), "nationality" },
        { Valid(b => b["nationality"] = "NGA"), "nationality" },
        { Valid(b => b["exploitationForms"] = new JsonArray()), "exploitationForms" },
        { Valid(b => b["exploitationForms"] = new JsonArray("slavery")), "exploitationForms" },
        { Valid(b => b["exploitationForms"] = new JsonArray("forced-labour", "forced-labour")), "exploitationForms" },
        { Valid(b => b["departement"] = "99"), "departement" },
        { Valid(b => b.Remove("departement")), "departement" },
        { Valid(b => b["detectedOn"] = "2999-01-01"), "detectedOn" },
        { Valid(b => b["detectedOn"] = "02/03/2026"), "detectedOn" },
        { Valid(b => b["detectedOn"] = "1990-01-01"), "detectedOn" },
        { Valid(b => b.Remove("detectedOn")), "detectedOn" },
        { Valid(b => b["pseudonym"] = ""), "pseudonym" },
        { Valid(b => b["pseudonym"] = new string('x', 61)), "pseudonym" },
        { Valid(b => b["dateOfBirth"] = "2999-01-01"), "dateOfBirth" },
        { Valid(b => b["dateOfBirth"] = "1999-05-05"), "dateOfBirth" },
        { Valid(b => b["phone"] = "call me maybe"), "phone" },
        { Valid(b => b["notes"] = new string('n', 4001)), "notes" },
        { Valid(b => b["legalNmae"] = "typo in the field name"), "legalNmae" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Create_WithABadField_Is400NamingIt_AndStoresNothing(string body, string field)
    {
        var api = await app.ApiAsAsync("childwelfare@demo.test");
        var before = app.WithDb(db => db.Cases.Count());
        var response = await api.PostAsync("/api/v1/cases", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), $"expected an error on {field}: {problem}");
        Assert.True(messages.GetArrayLength() > 0);
        Assert.Equal(before, app.WithDb(db => db.Cases.Count()));
    }

    [Fact]
    public async Task Update_WithABadField_Is400_AndLeavesTheCaseAsItWas()
    {
        var api = await app.ApiAsAsync("ngo@demo.test");
        var created = await CaseApi.CreateAsync(api, "Unchanged");
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/cases/{created.GetProperty("id")}")
        {
            Content = new StringContent(Valid(b => b["nationality"] = "XX"), Encoding.UTF8, "application/json"),
        };
        put.Headers.IfMatch.ParseAdd("\"1\"");
        Assert.Equal(HttpStatusCode.BadRequest, (await api.SendAsync(put)).StatusCode);
        var current = await api.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{created.GetProperty("id")}");
        Assert.Equal("NG", current.GetProperty("nationality").GetString());
        Assert.Equal(1, current.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task OversizedBody_Is413()
    {
        var api = await app.ApiAsAsync("ngo@demo.test");
        var before = app.WithDb(db => db.Cases.Count());
        var body = Valid(b => b["notes"] = new string('n', 200_000));
        var response = await api.PostAsync("/api/v1/cases", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(before, app.WithDb(db => db.Cases.Count()));
    }

    [Fact]
    public async Task MultipleBadFields_AreAllNamed()
    {
        var api = await app.ApiAsAsync("ngo@demo.test");
        var body = Valid(b =>
        {
            b["nationality"] = "ZZ";
            b["departement"] = "00";
            b["pseudonym"] = " ";
        });
        var response = await api.PostAsync("/api/v1/cases", new StringContent(body, Encoding.UTF8, "application/json"));
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("nationality", out _));
        Assert.True(errors.TryGetProperty("departement", out _));
        Assert.True(errors.TryGetProperty("pseudonym", out _));
    }
}
