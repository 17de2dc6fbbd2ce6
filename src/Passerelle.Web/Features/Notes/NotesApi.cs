using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Notes;

public static class NotesApi
{
    public static RouteGroupBuilder MapNotesApi(this RouteGroupBuilder api)
    {
        var notes = api.MapGroup("/cases/{id:guid}/notes").WithTags("Notes");
        notes.MapGet("/", List).RequireAuthorization(Policies.CasesRead)
            .WithSummary("The case's notes, newest first: date, author (role and agency; the name and the text only for the agency holding the case), and until when its author may still correct it.");
        notes.MapPost("/", Add).RequireAuthorization(Policies.CasesWrite)
            .WithSummary("Add a note `{text}` (screeners and case managers of the holding agency; at most 4,000 characters): 201. The text is encrypted at rest.");
        notes.MapPut("/{noteId:guid}", Edit).RequireAuthorization(Policies.CasesWrite)
            .WithSummary("Correct a note: only its author, only within Notes:EditMinutes (15) of writing it, with If-Match. 403 for another user, 409 once it is append-only, 412 when it changed.");
        return api;
    }

    private static async Task<Results<Ok<PagedList<NoteView>>, ProblemHttpResult>> List(Guid id, Paging paging, NotesService service, CancellationToken ct) =>
        await service.ListAsync(id, paging, ct) is { } notes ? TypedResults.Ok(notes) : ApiAnswers.Problem(WriteError.NotFound());

    private static async Task<Results<Created<NoteView>, ProblemHttpResult>> Add(Guid id, NoteInput input, NotesService service, HttpResponse response, CancellationToken ct) =>
        ApiAnswers.Created(await service.AddAsync(id, input, ct), note => $"/api/v1/cases/{id}/notes/{note.Id}", response, note => note.Version);

    private static async Task<Results<Ok<NoteView>, ProblemHttpResult>> Edit(
        Guid id, Guid noteId, NoteInput input, IfMatch ifMatch, NotesService service, HttpResponse response, CancellationToken ct) =>
        ApiAnswers.Ok(await service.EditAsync(id, noteId, input, ifMatch, ct), response, note => note.Version);
}
