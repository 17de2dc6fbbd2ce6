using System.Net;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Passerelle.Web.Platform.Localization;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Platform.Http;

/// <summary>
/// A request that failed because the database is unavailable answers <b>503</b> with <c>Retry-After</c>, in the
/// user's language — a problem for the API, a bare page for a browser (the layout itself needs the database) —
/// instead of a 500 that says "bug" to clients and monitoring.
/// </summary>
public sealed class DatabaseUnavailableHandler(IProblemDetailsService problems, IStringLocalizer<Text> text, ILogger<DatabaseUnavailableHandler> logger) : IExceptionHandler
{
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!DatabaseAvailability.IsUnavailable(exception) || httpContext.Response.HasStarted)
        {
            return false;
        }

        logger.LogWarning("Database unavailable: {Error}", exception.GetBaseException().Message);
        // The culture the localization middleware chose did not flow back out of the failed request.
        if (httpContext.Features.Get<Microsoft.AspNetCore.Localization.IRequestCultureFeature>() is { } culture)
        {
            System.Globalization.CultureInfo.CurrentUICulture = culture.RequestCulture.UICulture;
        }

        var title = text["The service is temporarily unavailable. Try again in a moment."].Value;
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (httpContext.Request.Path.StartsWithSegments("/api"))
        {
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails = new ProblemDetails { Status = 503, Title = title, Type = "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4" },
                Exception = exception,
            });
        }

        httpContext.Response.ContentType = "text/html; charset=utf-8";
        var language = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        await httpContext.Response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"{language}\"><head><meta charset=\"utf-8\"><title>Passerelle</title></head><body><main><h1>{WebUtility.HtmlEncode(title)}</h1></main></body></html>",
            cancellationToken);
        return true;
    }
}
