using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Localization;

namespace Passerelle.Web.Platform.Outcomes;

/// <summary>
/// The one mapping of <see cref="WriteResult{T}"/> to API answers: a success is 200, 201 or 202 (with the ETag of a
/// versioned resource); a <see cref="WriteError"/> is an RFC 7807 <c>application/problem+json</c> with <c>type</c>
/// and <c>code</c> (the stable code), <c>title</c> (in the user's language), <c>status</c>, <c>detail</c> and, for a
/// 400, <c>errors</c> by field.
/// </summary>
public static class ApiAnswers
{
    public static int StatusOf(WriteFailure kind) => kind switch
    {
        WriteFailure.NotFound => StatusCodes.Status404NotFound,
        WriteFailure.Forbidden => StatusCodes.Status403Forbidden,
        WriteFailure.Invalid => StatusCodes.Status400BadRequest,
        WriteFailure.Conflict => StatusCodes.Status409Conflict,
        WriteFailure.Stale => StatusCodes.Status412PreconditionFailed,
        WriteFailure.PreconditionRequired => StatusCodes.Status428PreconditionRequired,
        _ => StatusCodes.Status400BadRequest,
    };

    public static ProblemDetails ToProblemDetails(WriteError error)
    {
        var problem = error.Fields is { Count: > 0 } fields
            ? new HttpValidationProblemDetails(fields.ToDictionary(f => f.Key, f => f.Value))
            : new ProblemDetails();
        problem.Status = StatusOf(error.Kind);
        // A relative URI reference (RFC 7807 §3.1) that is the stable code itself, so clients switch on either.
        problem.Type = error.Code;
        problem.Title = error.Title;
        problem.Detail = error.Detail;
        problem.Extensions["code"] = error.Code;
        return problem;
    }

    public static ProblemHttpResult Problem(WriteError error) => TypedResults.Problem(ToProblemDetails(error));

    /// <summary>200 with the value (and its ETag when <paramref name="version"/> is given), or the problem.</summary>
    public static Results<Ok<T>, ProblemHttpResult> Ok<T>(WriteResult<T> result, HttpResponse? response = null, Func<T, int>? version = null)
    {
        if (!result.Succeeded)
        {
            return Problem(result.Error);
        }

        SetETag(result.Value, response, version);
        return TypedResults.Ok(result.Value);
    }

    /// <summary>201 at <paramref name="location"/>, or the problem.</summary>
    public static Results<Created<T>, ProblemHttpResult> Created<T>(WriteResult<T> result, Func<T, string> location, HttpResponse? response = null, Func<T, int>? version = null)
    {
        if (!result.Succeeded)
        {
            return Problem(result.Error);
        }

        SetETag(result.Value, response, version);
        return TypedResults.Created(location(result.Value), result.Value);
    }

    /// <summary>202 with the value, or the problem.</summary>
    public static Results<Accepted<T>, ProblemHttpResult> Accepted<T>(WriteResult<T> result, string? location = null) =>
        result.Succeeded ? TypedResults.Accepted(location, result.Value) : Problem(result.Error);

    /// <summary>200 for an update, 202 for a change accepted but not complete (a panel still deciding), or the problem.</summary>
    public static Results<Ok<T>, Accepted<T>, ProblemHttpResult> OkOrAccepted<T>(WriteResult<T> result, string? location = null)
    {
        if (!result.Succeeded)
        {
            return Problem(result.Error);
        }

        return result.Success == WriteSuccess.Accepted ? TypedResults.Accepted(location, result.Value) : TypedResults.Ok(result.Value);
    }

    /// <summary>200 with a read value and its ETag, or 404.</summary>
    public static Results<Ok<T>, ProblemHttpResult> Read<T>(T? value, HttpResponse response, Func<T, int> version)
        where T : class =>
        value is null ? Problem(WriteError.NotFound()) : Ok<T>(value, response, version);

    private static void SetETag<T>(T value, HttpResponse? response, Func<T, int>? version)
    {
        if (response is not null && version is not null)
        {
            IfMatch.SetETag(response, version(value));
        }
    }

    /// <summary>
    /// Puts every problem's title (and field messages) in the user's language, whoever wrote it: this one, the
    /// framework's defaults, the exception handler. Keys are the English texts of <c>Text.fr.resx</c>.
    /// </summary>
    public static void Localize(ProblemDetailsContext context)
    {
        if (context.HttpContext.RequestServices.GetService<IStringLocalizer<Text>>() is not { } text)
        {
            return;
        }

        if (context.ProblemDetails.Title is { } title)
        {
            context.ProblemDetails.Title = text[title];
        }

        if (context.ProblemDetails.Detail is { } detail)
        {
            context.ProblemDetails.Detail = text[detail];
        }

        if (context.ProblemDetails is HttpValidationProblemDetails validation)
        {
            foreach (var field in validation.Errors.Keys.ToList())
            {
                validation.Errors[field] = [.. validation.Errors[field].Select(m => text[m].Value)];
            }
        }
    }
}
