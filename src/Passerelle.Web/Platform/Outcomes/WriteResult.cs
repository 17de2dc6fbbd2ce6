using System.Diagnostics.CodeAnalysis;

namespace Passerelle.Web.Platform.Outcomes;

/// <summary>How a write succeeded: 200, 201 or 202 in the API.</summary>
public enum WriteSuccess
{
    Updated,
    Created,
    Accepted,
}

/// <summary>
/// The outcome of every write: a value and how it was stored, or a <see cref="WriteError"/>. Services return it;
/// <see cref="ApiAnswers"/> turns it into the API's answer and <see cref="PageAnswers"/> into a page's
/// <c>ModelState</c>. A service returns its view (<c>return view;</c>, an update) or an error (<c>return WriteError.NotFound();</c>).
/// </summary>
public sealed class WriteResult<T>
{
    private WriteResult(T? value, WriteSuccess success, WriteError? error)
    {
        Value = value;
        Success = success;
        Error = error;
    }

    public T? Value { get; }

    public WriteSuccess Success { get; }

    public WriteError? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Error is null;

    public static implicit operator WriteResult<T>(T value) => new(value, WriteSuccess.Updated, null);

    public static implicit operator WriteResult<T>(WriteError error) => new(default, default, error);

    internal static WriteResult<T> Of(T value, WriteSuccess success) => new(value, success, null);

    public WriteResult<TOther> Select<TOther>(Func<T, TOther> map) =>
        Succeeded ? new WriteResult<TOther>(map(Value), Success, null) : new WriteResult<TOther>(default, default, Error);
}

/// <summary>Runs a change that may throw the domain's refusals, and gives them back as a <see cref="WriteError"/>.</summary>
public static class Write
{
    /// <summary>A new resource (201 in the API).</summary>
    public static WriteResult<T> Created<T>(T value) => WriteResult<T>.Of(value, WriteSuccess.Created);

    /// <summary>Accepted for later processing (202 in the API).</summary>
    public static WriteResult<T> Accepted<T>(T value) => WriteResult<T>.Of(value, WriteSuccess.Accepted);

    /// <summary>
    /// The one place a feature meets a domain exception (<see cref="Domain.DomainRuleException"/>,
    /// <see cref="Domain.Identification.InvalidTransitionException"/>): no feature catches them by hand. A change
    /// that answers null found nothing in the user's scope (404).
    /// </summary>
    public static async Task<WriteResult<T>> Run<T>(Func<Task<T?>> change)
        where T : class
    {
        try
        {
            return await change() is { } done ? done : WriteError.NotFound();
        }
        catch (Exception refused) when (WriteError.FromException(refused) is { } error)
        {
            return error;
        }
    }

    /// <summary>Like <see cref="Run{T}(Func{Task{T}})"/> for a change that already answers a <see cref="WriteResult{T}"/>.</summary>
    public static async Task<WriteResult<T>> Catching<T>(Func<Task<WriteResult<T>>> change)
    {
        try
        {
            return await change();
        }
        catch (Exception refused) when (WriteError.FromException(refused) is { } error)
        {
            return error;
        }
    }
}
