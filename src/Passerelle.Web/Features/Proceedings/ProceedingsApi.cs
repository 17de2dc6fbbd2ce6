using Passerelle.Web.Features.Cases;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Proceedings;

public static class ProceedingsApi
{
    public static RouteGroupBuilder MapProceedingsApi(this RouteGroupBuilder api)
    {
        var proceedings = api.MapGroup("/cases/{id:guid}/proceedings").WithTags("Proceedings");
        proceedings.MapGet("/", (Guid id, ProceedingsService service, HttpResponse response, CancellationToken ct) => CaseFileRecordApi.GetAsync(service, id, response, ct))
            .RequireAuthorization(Policies.CasesRead)
            .WithSummary("The case's criminal proceedings: complaint, unit, offences, outcome, sentence, confiscations, compensation claims, with an ETag.");
        proceedings.MapPut("/", (Guid id, ProceedingsInput input, IfMatch ifMatch, ProceedingsService service, HttpResponse response, CancellationToken ct) => CaseFileRecordApi.PutAsync(service, id, input, ifMatch, response, ct))
            .RequireAuthorization(Policies.CasesWrite)
            .WithSummary("Replace the case's criminal proceedings (case managers of the holding agency). Requires If-Match (\"0\" before the first save).");
        return api;
    }
}
