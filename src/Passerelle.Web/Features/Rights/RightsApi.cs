using Passerelle.Web.Features.Cases;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Rights;

public static class RightsApi
{
    public static RouteGroupBuilder MapRightsApi(this RouteGroupBuilder api)
    {
        var rights = api.MapGroup("/cases/{id:guid}/rights").WithTags("Rights");
        rights.MapGet("/", (Guid id, RightsService service, HttpResponse response, CancellationToken ct) => CaseFileRecordApi.GetAsync(service, id, response, ct))
            .RequireAuthorization(Policies.CasesRead)
            .WithSummary("The case's reflection period, residence permits, APS and exit-pathway applications, with an ETag.");
        rights.MapPut("/", (Guid id, RightsInput input, IfMatch ifMatch, RightsService service, HttpResponse response, CancellationToken ct) => CaseFileRecordApi.PutAsync(service, id, input, ifMatch, response, ct))
            .RequireAuthorization(Policies.CasesWrite)
            .WithSummary("Replace the case's rights record (case managers of the holding agency). Requires If-Match (\"0\" before the first save).");
        return api;
    }
}
