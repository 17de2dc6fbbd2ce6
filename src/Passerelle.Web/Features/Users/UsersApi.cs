using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Users;

public static class UsersApi
{
    public static RouteGroupBuilder MapUsersApi(this RouteGroupBuilder api)
    {
        var users = api.MapGroup("/users").WithTags("Administration").RequireAuthorization(Policies.Administration);
        users.MapGet("/", async (UserAdministration admin, Paging paging, CancellationToken ct) => TypedResults.Ok(await admin.ListAsync(paging, ct)))
            .WithSummary("All user accounts (administrators).");
        users.MapPost("/", Create).WithSummary("Create an account; the temporary password is returned once.");
        users.MapPut("/{id:guid}", Update).WithSummary("Change an account. Nobody can change their own role, agency or access.");
        users.MapPost("/{id:guid}/reset-password", ResetPassword).WithSummary("Issue a new temporary password (ends the user's sessions).");
        users.MapPost("/{id:guid}/unlock", Unlock).WithSummary("Lift a lockout after failed sign-ins.");
        return api;
    }

    private static async Task<Results<Created<UserCredentials>, ProblemHttpResult>> Create(UserInput input, UserAdministration admin, CancellationToken ct) =>
        ApiAnswers.Created(await admin.CreateAsync(input, ct), created => $"/api/v1/users/{created.User.Id}");

    private static async Task<Results<Ok<UserView>, ProblemHttpResult>> Update(Guid id, UserInput input, UserAdministration admin, CancellationToken ct) =>
        ApiAnswers.Ok(await admin.UpdateAsync(id, input, ct));

    private static async Task<Results<Ok<ResetResult>, ProblemHttpResult>> ResetPassword(Guid id, UserAdministration admin, CancellationToken ct) =>
        ApiAnswers.Ok((await admin.ResetPasswordAsync(id, ct)).Select(reset => new ResetResult(reset.TemporaryPassword)));

    private static async Task<Results<NoContent, ProblemHttpResult>> Unlock(Guid id, UserAdministration admin, CancellationToken ct) =>
        await admin.UnlockAsync(id, ct) is { Succeeded: false } refused ? ApiAnswers.Problem(refused.Error) : TypedResults.NoContent();

    public sealed record ResetResult(string TemporaryPassword);
}
