using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Users;

public static class UsersApi
{
    public static RouteGroupBuilder MapUsersApi(this RouteGroupBuilder api)
    {
        var users = api.MapGroup("/users").WithTags("Administration").RequireAuthorization(Policies.Administration);
        users.MapGet("/", async (UserAdministration admin, CancellationToken ct) => TypedResults.Ok(await admin.ListAsync(ct)))
            .WithSummary("All user accounts (administrators).");
        users.MapPost("/", Create).WithSummary("Create an account; the temporary password is returned once.");
        users.MapPut("/{id:guid}", Update).WithSummary("Change an account. Nobody can change their own role, agency or access.");
        users.MapPost("/{id:guid}/reset-password", ResetPassword).WithSummary("Issue a new temporary password (ends the user's sessions).");
        users.MapPost("/{id:guid}/unlock", Unlock).WithSummary("Lift a lockout after failed sign-ins.");
        return api;
    }

    private static async Task<Results<Created<UserCredentials>, ValidationProblem>> Create(UserInput input, UserAdministration admin, CancellationToken ct)
    {
        var errors = await admin.ValidateAsync(input, null, ct);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var created = await admin.CreateAsync(input, ct);
        return TypedResults.Created($"/api/v1/users/{created.User.Id}", created);
    }

    private static async Task<Results<Ok<UserView>, NotFound, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, UserInput input, UserAdministration admin, CancellationToken ct)
    {
        var errors = await admin.ValidateAsync(input, id, ct);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await admin.UpdateAsync(id, input, ct) switch
        {
            UserChange.NotFound => TypedResults.NotFound(),
            UserChange.SelfEscalation => TypedResults.Problem(statusCode: 403, title: "Not allowed",
                detail: "You cannot change your own role, agency or access. Ask another administrator."),
            UserChange.Invalid => TypedResults.Problem(statusCode: 400, title: "The account could not be saved."),
            UserChange.Done => TypedResults.Ok((await admin.FindAsync(id, ct))!),
        };
    }

    private static async Task<Results<Ok<ResetResult>, NotFound>> ResetPassword(Guid id, UserAdministration admin, CancellationToken ct) =>
        await admin.ResetPasswordAsync(id, ct) is { } password ? TypedResults.Ok(new ResetResult(password)) : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> Unlock(Guid id, UserAdministration admin, CancellationToken ct) =>
        await admin.UnlockAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    public sealed record ResetResult(string TemporaryPassword);
}
