using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Passerelle.Web.Platform.Http;

/// <summary>
/// Turns a request the framework could not read (malformed JSON, a wrong type, an unknown enum value or member,
/// an oversized body), and a domain rule refusal, into an RFC 7807 problem that names the bad field, instead of a bare 400 or a 500.
/// </summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The one exception path for domain rules: a refusal that escapes a service answers the same problem as a
        // returned WriteError.
        if (Outcomes.WriteError.FromException(exception) is { } refused)
        {
            var answer = Outcomes.ApiAnswers.ToProblemDetails(refused);
            httpContext.Response.StatusCode = answer.Status!.Value;
            return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = answer, Exception = exception });
        }

        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        ProblemDetails problem;
        if (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            problem = new ProblemDetails { Status = 413, Title = "Request body too large", Detail = bad.Message };
        }
        else if (bad.InnerException is JsonException json)
        {
            var field = FieldOf(json.Path);
            problem = new ValidationProblemDetails(new Dictionary<string, string[]>
            {
                [field] = [field == "body" ? "The body is not valid JSON." : DescribeJsonError(json)],
            })
            {
                Status = 400,
                Title = "One or more fields are invalid.",
            };
        }
        else
        {
            problem = new ProblemDetails { Status = bad.StatusCode, Title = "Bad request", Detail = bad.Message };
        }

        httpContext.Response.StatusCode = problem.Status ?? 400;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>"$.exploitationForms[1]" → "exploitationForms"; no path → "body".</summary>
    internal static string FieldOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "body";
        }

        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        var bracket = field.IndexOf('[', StringComparison.Ordinal);
        return bracket > 0 ? field[..bracket] : field.Trim('[', ']', '\'');
    }

    private static string DescribeJsonError(JsonException json) =>
        json.Message.Contains("could not be mapped", StringComparison.Ordinal)
            ? "This field is not part of the request."
            : "This value has the wrong type or is not one of the accepted values.";
}
