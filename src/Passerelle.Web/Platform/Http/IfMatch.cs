using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;
using Passerelle.Web.Platform.Outcomes;

namespace Passerelle.Web.Platform.Http;

/// <summary>
/// Optimistic concurrency for every versioned resource (<see cref="Persistence.IVersioned"/>), in one place. A read
/// answers <c>ETag: "version"</c>; an update takes an <see cref="IfMatch"/> parameter: the route then requires the
/// header — 428 Precondition Required when it is missing, 412 when it is not an ETag of this API — and the service
/// answers 412 (<see cref="WriteError.Stale"/>) when the version is not the current one. Pages post the same
/// version from a hidden field (<see cref="FromForm"/>).
/// </summary>
public sealed class IfMatch : IEndpointParameterMetadataProvider, IRefusableArgument
{
    private readonly int? version;

    private IfMatch(int? version, WriteError? error)
    {
        this.version = version;
        Error = error;
    }

    /// <summary>Why the header cannot be used, or null.</summary>
    public WriteError? Error { get; }

    /// <summary>The version the client read. Only valid without <see cref="Error"/>, which the route's filter answers first.</summary>
    public int Version => version ?? throw new InvalidOperationException("If-Match was not checked before the handler ran.");

    public static string ETagOf(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    public static void SetETag(HttpResponse response, int version) => response.Headers.ETag = ETagOf(version);

    /// <summary>A version posted by a page's hidden field: the same value, without a header.</summary>
    public static IfMatch FromForm(int version) => new(version, null);

    public static IfMatch Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return new(null, new WriteError(WriteFailure.PreconditionRequired, "if-match.required", ProblemTexts.IfMatchRequired, ProblemTexts.IfMatchRequiredDetail));
        }

        if (!EntityTagHeaderValue.TryParse(header, out var tag)
            || !int.TryParse(tag.Tag.ToString().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var read))
        {
            return new(null, new WriteError(WriteFailure.Stale, "if-match.unknown", ProblemTexts.UnknownVersion, ProblemTexts.UnknownVersionDetail));
        }

        return new(read, null);
    }

    /// <summary>Minimal API binding: never fails, the filter below answers the error.</summary>
    public static ValueTask<IfMatch?> BindAsync(HttpContext context) => ValueTask.FromResult<IfMatch?>(Parse(context.Request.Headers.IfMatch.ToString()));

    /// <summary>A route that takes an <see cref="IfMatch"/> requires the header: the filter answers 428/412 before the handler, and the OpenAPI description says so.</summary>
    public static void PopulateMetadata(ParameterInfo parameter, EndpointBuilder builder)
    {
        builder.Metadata.Add(Required.Instance);
        RefusedArguments.AddFilter(builder);
    }

    /// <summary>Endpoint metadata: this operation requires If-Match (read by the OpenAPI description).</summary>
    public sealed class Required
    {
        public static readonly Required Instance = new();
    }
}
