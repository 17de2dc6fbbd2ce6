using Microsoft.AspNetCore.Http.Features;

namespace Passerelle.Web.Platform.Http;

/// <summary>
/// Caps API request bodies (default 64 KiB, <c>Api:MaxBodyBytes</c>): a declared length over the cap is
/// answered 413 at once; an undeclared (chunked) one is cut by the server when it reaches the cap.
/// </summary>
public sealed class RequestBodyLimit(RequestDelegate next, long maxBytes)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentLength > maxBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await Results.Problem(statusCode: 413, title: "Request body too large",
                detail: $"An API request body may hold at most {maxBytes} bytes.").ExecuteAsync(context);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes;
        }

        await next(context);
    }
}
