using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Domain;

namespace Passerelle.Web.Features.Children;

/// <summary>Runs a change and answers 404 when it returned null, 400 naming the field, 403 or 409 when the domain refused it.</summary>
public static class DomainRuleResults
{
    public static async Task<Results<Ok<T>, NotFound, ValidationProblem, ProblemHttpResult>> Run<T>(Func<Task<T?>> change)
        where T : class
    {
        try
        {
            return await change() is { } done ? TypedResults.Ok(done) : TypedResults.NotFound();
        }
        catch (DomainRuleException refused) when (refused.Kind == DomainRuleKind.Invalid)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [refused.Field ?? "body"] = [refused.Message] });
        }
        catch (DomainRuleException refused) when (refused.Kind == DomainRuleKind.Forbidden)
        {
            return TypedResults.Problem(statusCode: 403, title: "Not allowed to you", detail: refused.Message, type: refused.Code);
        }
        catch (DomainRuleException refused)
        {
            return TypedResults.Problem(statusCode: 409, title: "Not allowed now", detail: refused.Message, type: refused.Code);
        }
    }

    /// <summary>For pages: the field and message of a refused change, or null when it went through.</summary>
    public static async Task<(bool Found, Dictionary<string, string[]> Errors)> TryAsync<T>(Func<Task<T?>> change)
        where T : class
    {
        try
        {
            return (await change() is not null, []);
        }
        catch (DomainRuleException refused)
        {
            return (true, new() { [refused.Field ?? "form"] = [refused.Message] });
        }
    }
}
