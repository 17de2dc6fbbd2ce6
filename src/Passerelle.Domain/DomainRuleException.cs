namespace Passerelle.Domain;

/// <summary>How the web answers a change the domain refuses: <see cref="Invalid"/> is a 400 naming the field, <see cref="Conflict"/> a 409, <see cref="Forbidden"/> a 403.</summary>
public enum DomainRuleKind
{
    /// <summary>The request itself is wrong (a missing reason, a date before the referral was sent).</summary>
    Invalid = 1,

    /// <summary>The request is well formed but the current state refuses it (accepting a withdrawn referral, a full provider).</summary>
    Conflict = 2,

    /// <summary>The user may read the case but not make this change (a 403): the police cannot decide for a child.</summary>
    Forbidden = 3,
}

/// <summary>A state change the domain refuses. <see cref="Code"/> is stable, such as <c>referral.illegal-transition</c>, so clients can act on it.</summary>
public sealed class DomainRuleException : InvalidOperationException
{
    public DomainRuleException(DomainRuleKind kind, string code, string message, string? field = null)
        : base(message)
    {
        Kind = kind;
        Code = code;
        Field = field;
    }

    public DomainRuleKind Kind { get; }

    public string Code { get; }

    /// <summary>The camelCase field at fault, for <see cref="DomainRuleKind.Invalid"/>.</summary>
    public string? Field { get; }

    public static DomainRuleException Conflict(string code, string message) => new(DomainRuleKind.Conflict, code, message);

    public static DomainRuleException Forbidden(string code, string message) => new(DomainRuleKind.Forbidden, code, message);

    public static DomainRuleException Invalid(string field, string code, string message) => new(DomainRuleKind.Invalid, code, message, field);
}
