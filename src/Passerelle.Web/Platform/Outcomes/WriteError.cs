using Passerelle.Domain;
using Passerelle.Domain.Identification;

namespace Passerelle.Web.Platform.Outcomes;

/// <summary>Why a write was refused; each kind is one HTTP status (<see cref="ApiAnswers"/>).</summary>
public enum WriteFailure
{
    /// <summary>404: no such resource in the user's scope (never says whether it exists elsewhere).</summary>
    NotFound,

    /// <summary>403: the user may read it but not make this change.</summary>
    Forbidden,

    /// <summary>400: the request is wrong; <see cref="WriteError.Fields"/> names the fields.</summary>
    Invalid,

    /// <summary>409: well formed, but the current state refuses it.</summary>
    Conflict,

    /// <summary>412: the version sent (If-Match) is not the current one.</summary>
    Stale,

    /// <summary>428: an update of a versioned resource without If-Match.</summary>
    PreconditionRequired,
}

/// <summary>
/// A refused write, the one way every service says "no". <paramref name="Code"/> is stable (clients act on it, such as
/// <c>referral.illegal-transition</c>); <paramref name="Title"/> is the English text of a resource key, shown in the
/// user's language (<c>Text.fr.resx</c>); <paramref name="Fields"/> maps camelCase fields to their messages (also
/// English resource keys).
/// </summary>
public sealed record WriteError(
    WriteFailure Kind,
    string Code,
    string Title,
    string? Detail = null,
    IReadOnlyDictionary<string, string[]>? Fields = null)
{
    public const string InvalidTitle = ProblemTexts.Invalid;

    public static WriteError NotFound(string code = "not-found") => new(WriteFailure.NotFound, code, ProblemTexts.NotFound);

    public static WriteError Forbidden(string code, string title, string? detail = null) => new(WriteFailure.Forbidden, code, title, detail);

    public static WriteError Invalid(IReadOnlyDictionary<string, string[]> fields, string code = "invalid") =>
        new(WriteFailure.Invalid, code, InvalidTitle, Fields: fields);

    public static WriteError Invalid(string field, string message, string code = "invalid") =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] }, code);

    public static WriteError Conflict(string code, string title, string? detail = null, IReadOnlyDictionary<string, string[]>? fields = null) =>
        new(WriteFailure.Conflict, code, title, detail, fields);

    /// <summary>The version read is not the current one: read again, then re-apply the change.</summary>
    public static WriteError Stale(string code, string detail) => new(WriteFailure.Stale, code, ProblemTexts.Stale, detail);

    /// <summary>The one translation of the domain's refusals: every handler and helper goes through it.</summary>
    public static WriteError From(DomainRuleException rule) => rule.Kind switch
    {
        DomainRuleKind.Invalid => Invalid(rule.Field ?? "body", rule.Message, rule.Code),
        DomainRuleKind.Forbidden => Forbidden(rule.Code, ProblemTexts.NotAllowedToYou, rule.Message),
        _ => Conflict(rule.Code, ProblemTexts.NotAllowedNow, rule.Message),
    };

    public static WriteError From(InvalidTransitionException transition) =>
        Conflict("case.illegal-transition", ProblemTexts.NotAllowedInThisStatus, transition.Message);

    /// <summary>The domain exceptions this type translates, or null for any other exception.</summary>
    public static WriteError? FromException(Exception exception) => exception switch
    {
        DomainRuleException rule => From(rule),
        InvalidTransitionException transition => From(transition),
        _ => null,
    };

    /// <summary>All messages by field; a failure without fields is one message under <paramref name="formKey"/>.</summary>
    public IReadOnlyDictionary<string, string[]> Messages(string formKey = "") =>
        Fields is { Count: > 0 } fields ? fields : new Dictionary<string, string[]> { [formKey] = [Detail ?? Title] };
}
