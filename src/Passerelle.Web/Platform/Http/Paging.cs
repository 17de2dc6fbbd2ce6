using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Primitives;
using Passerelle.Web.Platform.Localization;
using Passerelle.Web.Platform.Outcomes;

namespace Passerelle.Web.Platform.Http;

/// <summary>
/// One page of a collection: the one shape every <c>/api/v1</c> collection answers (issue 17 item 8),
/// <c>{ "items": [...], "page": 1, "pageSize": 50, "total": 123 }</c>. <see cref="Total"/> counts every item of the
/// collection in the caller's scope, not only this page's.
/// </summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    /// <summary>The same page with each item mapped (a view built from a stored row).</summary>
    public PagedList<TOut> Select<TOut>(Func<T, TOut> map) => new([.. Items.Select(map)], Page, PageSize, Total);

    /// <summary>The same page with its items mapped together (a view that needs one more query for the whole page).</summary>
    public async Task<PagedList<TOut>> SelectAsync<TOut>(Func<IReadOnlyList<T>, Task<IReadOnlyList<TOut>>> map) => new(await map(Items), Page, PageSize, Total);
}

/// <summary>
/// Which page of a collection the caller asks for: the query parameters <c>page</c> (from 1, default 1) and
/// <c>pageSize</c> (1 to the route's maximum, <see cref="PagingBounds"/>). A handler that takes a <see cref="Paging"/>
/// parameter is a paged collection: the route answers a bad value with 400 <c>paging.invalid</c> in the user's
/// language, naming the field, before the handler runs, and <see cref="PagingOpenApi"/> documents both parameters.
/// </summary>
public sealed class Paging : IEndpointParameterMetadataProvider, IRefusableArgument
{
    public const string Code = "paging.invalid";

    private Paging(int page, int size, WriteError? error)
    {
        Page = page;
        Size = size;
        Error = error;
    }

    public int Page { get; }

    public int Size { get; }

    /// <summary>Why the query cannot be used, or null; answered by the route's filter before the handler runs.</summary>
    public WriteError? Error { get; }

    /// <summary>How many items come before this page.</summary>
    public int Skip => (int)Math.Min(int.MaxValue, ((long)Page - 1) * Size);

    /// <summary>The first <paramref name="size"/> items: what a page of the site shows of the same collection.</summary>
    public static Paging First(int size) => new(1, size, null);

    public static Paging Of(int page, int size) => new(page, size, null);

    /// <summary>
    /// The whole collection, for a caller inside the application that needs all of it (the export of everything held
    /// about a person, a PDF, the case page). Never bound from a request: the API always pages.
    /// </summary>
    public static Paging All { get; } = new(1, int.MaxValue, null);

    /// <summary>Minimal API binding: never fails; a bad value becomes <see cref="Error"/>, which the filter answers.</summary>
    public static ValueTask<Paging?> BindAsync(HttpContext context)
    {
        var bounds = context.GetEndpoint()?.Metadata.GetMetadata<PagingBounds>() ?? PagingBounds.Default;
        var text = context.RequestServices.GetRequiredService<IStringLocalizer<Text>>();
        var errors = new Dictionary<string, string[]>();
        var page = Read(context.Request.Query["page"], 1, int.MaxValue, 1);
        if (page is null)
        {
            errors["page"] = [text[ProblemTexts.PageInvalid]];
        }

        var size = Read(context.Request.Query["pageSize"], 1, bounds.MaxSize, bounds.DefaultSize);
        if (size is null)
        {
            errors["pageSize"] = [text[ProblemTexts.PageSizeInvalid, bounds.MaxSize]];
        }

        var error = errors.Count > 0 ? WriteError.Invalid(errors, Code) : null;
        return ValueTask.FromResult<Paging?>(new Paging(page ?? 1, size ?? bounds.DefaultSize, error));
    }

    /// <summary>The value, the default when absent, or null when it is not one whole number in range.</summary>
    private static int? Read(StringValues values, int min, int max, int absent)
    {
        if (values.Count == 0 || (values.Count == 1 && string.IsNullOrEmpty(values[0])))
        {
            return absent;
        }

        return values.Count == 1 && int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : null;
    }

    public static void PopulateMetadata(ParameterInfo parameter, EndpointBuilder builder)
    {
        builder.Metadata.Add(Paged.Instance);
        RefusedArguments.AddFilter(builder);
    }

    /// <summary>Endpoint metadata: this operation answers a <see cref="PagedList{T}"/> (read by <see cref="PagingOpenApi"/>).</summary>
    public sealed class Paged
    {
        public static readonly Paged Instance = new();
    }
}

/// <summary>
/// A route's page size: <see cref="DefaultSize"/> when the caller gives none, at most <see cref="MaxSize"/>.
/// 50 and 200 unless the route says otherwise (<see cref="PagingExtensions.PageSize"/>).
/// </summary>
public sealed record PagingBounds(int DefaultSize, int MaxSize)
{
    public static readonly PagingBounds Default = new(50, 200);
}

public static class PagingExtensions
{
    /// <summary>This route's default and maximum page size, when they differ from 50 and 200.</summary>
    public static RouteHandlerBuilder PageSize(this RouteHandlerBuilder route, int defaultSize, int maxSize) =>
        route.WithMetadata(new PagingBounds(defaultSize, maxSize));

    /// <summary>
    /// One page of a database query, its total counted by the database on the same query. The query must be ordered
    /// with a unique key last, so that pages never overlap.
    /// </summary>
    public static Task<PagedList<T>> ToPageAsync<T>(this IQueryable<T> ordered, Paging paging, CancellationToken ct) =>
        ordered.ToPageAsync(paging, page => page, ct);

    /// <summary>
    /// The same, with <paramref name="shape"/> applied to the page's rows only (joins for names, a projection): the
    /// order and the count stay those of <paramref name="ordered"/>, since a join after an ordering need not keep it.
    /// </summary>
    public static async Task<PagedList<TOut>> ToPageAsync<T, TOut>(
        this IQueryable<T> ordered, Paging paging, Func<IQueryable<T>, IQueryable<TOut>> shape, CancellationToken ct)
    {
        var total = await ordered.CountAsync(ct);
        var items = total > paging.Skip ? await shape(ordered.Skip(paging.Skip).Take(paging.Size)).ToListAsync(ct) : [];
        return new PagedList<TOut>(items, paging.Page, paging.Size, total);
    }

    /// <summary>One page of a list computed in memory from a small set (a catalogue, a case's deadlines).</summary>
    public static PagedList<T> ToPage<T>(this IReadOnlyCollection<T> ordered, Paging paging) =>
        new([.. ordered.Skip(paging.Skip).Take(paging.Size)], paging.Page, paging.Size, ordered.Count);
}
