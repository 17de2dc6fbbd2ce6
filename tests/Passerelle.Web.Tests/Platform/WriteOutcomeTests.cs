using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Passerelle.Domain;
using Passerelle.Domain.Cases;
using Passerelle.Domain.Identification;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Platform;

/// <summary>
/// The one outcome type of writes (<see cref="WriteResult{T}"/>), its one mapping to RFC 7807 answers and to page
/// <c>ModelState</c>, the one translation of domain exceptions, and the one If-Match helper.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class WriteOutcomeTests(PasserelleApp app)
{
    [Fact]
    public void AWriteError_IsAProblem_WithItsStatus_StableCode_AndFieldErrors()
    {
        var invalid = ApiAnswers.ToProblemDetails(WriteError.Invalid("on", "The date of the step is required.", "legal-step.invalid"));
        Assert.Equal(400, invalid.Status);
        Assert.Equal("legal-step.invalid", invalid.Type);
        Assert.Equal("legal-step.invalid", invalid.Extensions["code"]);
        Assert.Equal(["The date of the step is required."], Assert.IsType<HttpValidationProblemDetails>(invalid).Errors["on"]);

        Assert.Equal(404, ApiAnswers.ToProblemDetails(WriteError.NotFound()).Status);
        Assert.Equal(403, ApiAnswers.ToProblemDetails(WriteError.Forbidden("x.forbidden", "Not yours to do")).Status);
        Assert.Equal(409, ApiAnswers.ToProblemDetails(WriteError.Conflict("x.conflict", "Not allowed now")).Status);
        Assert.Equal(412, ApiAnswers.ToProblemDetails(WriteError.Stale("x.stale", "Read again.")).Status);
        Assert.Equal(428, ApiAnswers.ToProblemDetails(IfMatch.Parse(null).Error!).Status);
        Assert.IsNotType<HttpValidationProblemDetails>(ApiAnswers.ToProblemDetails(WriteError.Conflict("x.conflict", "Not allowed now")));
    }

    [Fact]
    public void DomainRefusals_AreTranslatedInOnePlace()
    {
        var invalid = WriteError.From(DomainRuleException.Invalid("reason", "referral.reason", "Give a reason."));
        Assert.Equal((WriteFailure.Invalid, "referral.reason"), (invalid.Kind, invalid.Code));
        Assert.Equal(["Give a reason."], invalid.Fields!["reason"]);

        var full = WriteError.From(DomainRuleException.Conflict("provider.full", "The provider has no free place."));
        Assert.Equal((WriteFailure.Conflict, "provider.full", "The provider has no free place."), (full.Kind, full.Code, full.Detail));

        Assert.Equal(WriteFailure.Forbidden, WriteError.From(DomainRuleException.Forbidden("child.police", "No.")).Kind);

        var transition = WriteError.FromException(new InvalidTransitionException(CaseStatus.Registered, CaseEvent.RgDecidedPositive));
        Assert.Equal((WriteFailure.Conflict, "case.illegal-transition"), (transition!.Kind, transition.Code));
        Assert.Null(WriteError.FromException(new InvalidOperationException("a bug, not a refusal")));
    }

    [Fact]
    public async Task WriteRun_GivesBackARefusal_AndNullAsNotFound()
    {
        var refused = await Write.Run<string>(() => throw DomainRuleException.Conflict("child.not-a-child", "Not a child."));
        Assert.False(refused.Succeeded);
        Assert.Equal("child.not-a-child", refused.Error.Code);

        Assert.Equal(WriteFailure.NotFound, (await Write.Run(() => Task.FromResult<string?>(null))).Error!.Kind);

        var done = await Write.Run(() => Task.FromResult<string?>("done"));
        Assert.True(done.Succeeded);
        Assert.Equal(("done", WriteSuccess.Updated), (done.Value, done.Success));
        Assert.Equal(WriteSuccess.Created, Write.Created("new").Success);
        Assert.Equal(WriteSuccess.Accepted, Write.Accepted("later").Success);
        await Assert.ThrowsAsync<InvalidOperationException>(() => Write.Run<string>(() => throw new InvalidOperationException("a bug")));
    }

    [Fact]
    public void APageGetsTheSameErrors_InModelState()
    {
        var modelState = new ModelStateDictionary();
        modelState.SetModelValue("ReceivedOn", "2099-01-01", "2099-01-01");
        modelState.AddWriteError(WriteError.Invalid("receivedOn", "An enquiry is logged once received, not in the future."));
        modelState.AddWriteError(WriteError.Stale("rights.stale", "The rights record changed since you read it. Read it again, then re-apply your change."));

        var errors = modelState.FieldErrors();
        Assert.Equal(["An enquiry is logged once received, not in the future."], errors["receivedOn"]);
        Assert.Equal(["The rights record changed since you read it. Read it again, then re-apply your change."], errors[""]);
        Assert.False(modelState.FieldErrors(withForm: false).ContainsKey(""));
    }

    [Theory]
    [InlineData(null, null, "if-match.required")]
    [InlineData("", null, "if-match.required")]
    [InlineData("\"7\"", 7, null)]
    [InlineData("W/\"7\"", 7, null)]
    [InlineData("7", null, "if-match.unknown")]
    [InlineData("\"seven\"", null, "if-match.unknown")]
    public void IfMatch_ReadsTheVersion_OrSaysWhyNot(string? header, int? version, string? code)
    {
        var read = IfMatch.Parse(header);
        Assert.Equal(code, read.Error?.Code);
        if (version is { } expected)
        {
            Assert.Equal(expected, read.Version);
        }
        else
        {
            Assert.Throws<InvalidOperationException>(() => read.Version);
        }
    }

    [Fact]
    public void ProblemTitles_SpeakTheUsersLanguage()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-FR");
            var context = new DefaultHttpContext { RequestServices = app.Services };
            var problem = ApiAnswers.ToProblemDetails(IfMatch.Parse(null).Error!);
            ApiAnswers.Localize(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
            Assert.Equal("En-tête If-Match requis", problem.Title);

            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");
            problem = ApiAnswers.ToProblemDetails(IfMatch.Parse(null).Error!);
            ApiAnswers.Localize(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
            Assert.Equal("If-Match required", problem.Title);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("/rights")]
    [InlineData("/proceedings")]
    public async Task VersionedResources_AnswerAnETag_RequireIfMatch_AndRefuseAStaleOne_AsProblemJson(string resource)
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var pseudonym = CaseApi.Unique("IfMatch");
        var created = await CaseApi.CreateAsync(ngo, pseudonym);
        var url = $"/api/v1/cases/{created.GetProperty("id").GetString()}{resource}";
        var read = await ngo.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var etag = read.Headers.ETag!.Tag;
        var body = resource == "" ? CaseApi.Body(pseudonym) : new { };

        var missing = await ngo.PutAsJsonAsync(url, body);
        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        var problem = await missing.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("if-match.required", problem.GetProperty("code").GetString());
        Assert.Equal("if-match.required", problem.GetProperty("type").GetString());
        Assert.Equal(428, problem.GetProperty("status").GetInt32());
        Assert.Contains(problem.GetProperty("title").GetString(), new[] { "If-Match required", "En-tête If-Match requis" });

        var stale = await PutAsync(ngo, url, body, "\"99\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.EndsWith(".stale", (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString(), StringComparison.Ordinal);

        var saved = await PutAsync(ngo, url, body, etag);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.NotEqual(etag, saved.Headers.ETag!.Tag);
        Assert.Equal(saved.Headers.ETag.Tag, (await ngo.GetAsync(url)).Headers.ETag!.Tag);
    }

    [Fact]
    public async Task TheOpenApiDescription_SaysWhichUpdatesRequireIfMatch()
    {
        var paths = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json")).RootElement.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/cases/{id}", "/api/v1/cases/{id}/rights", "/api/v1/cases/{id}/proceedings" })
        {
            var put = paths.GetProperty(path).GetProperty("put");
            var header = put.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "If-Match");
            Assert.Equal("header", header.GetProperty("in").GetString());
            Assert.True(header.GetProperty("required").GetBoolean());
            Assert.True(put.GetProperty("responses").TryGetProperty("412", out _), path);
            Assert.True(put.GetProperty("responses").TryGetProperty("428", out _), path);
        }

        Assert.False(paths.GetProperty("/api/v1/cases").GetProperty("post").TryGetProperty("parameters", out var parameters)
            && parameters.EnumerateArray().Any(p => p.GetProperty("name").GetString() == "If-Match"));
    }

    [Fact]
    public async Task APagePostingAnOldVersion_ShowsTheStaleMessage_AndSavesNothing()
    {
        var ngoApi = await app.ApiAsAsync("ngo@demo.test");
        var id = (await CaseApi.CreateAsync(ngoApi, CaseApi.Unique("StalePage"))).GetProperty("id").GetGuid();
        var ngo = await app.PagesAsAsync("ngo@demo.test");

        var page = await Forms.PostAsync(ngo, $"/Rights/{id}", [new("Version", "4"), new("PrefectureReceiptOn", "2026-01-05")]);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("data-testid=\"rights-errors\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(app.WithDb(db => db.CaseRights.Any(r => r.CaseId == id)));
    }

    private static async Task<HttpResponseMessage> PutAsync(HttpClient api, string url, object body, string etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.ParseAdd(etag);
        return await api.SendAsync(request);
    }
}
