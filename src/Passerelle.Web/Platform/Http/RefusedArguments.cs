using Passerelle.Web.Platform.Outcomes;

namespace Passerelle.Web.Platform.Http;

/// <summary>A handler argument whose binding never fails but may carry a refusal (<see cref="IfMatch"/>, <see cref="Paging"/>).</summary>
public interface IRefusableArgument
{
    /// <summary>Why the request cannot be served, or null.</summary>
    WriteError? Error { get; }
}

/// <summary>The one filter that answers a refused argument's problem before the handler runs.</summary>
public static class RefusedArguments
{
    private sealed class Added
    {
        public static readonly Added Instance = new();
    }

    /// <summary>Adds the filter once per endpoint, however many refusable arguments its handler takes.</summary>
    public static void AddFilter(EndpointBuilder builder)
    {
        if (builder.Metadata.Contains(Added.Instance))
        {
            return;
        }

        builder.Metadata.Add(Added.Instance);
        builder.FilterFactories.Add((_, next) => async context =>
        {
            foreach (var argument in context.Arguments)
            {
                if (argument is IRefusableArgument { Error: { } error })
                {
                    return ApiAnswers.Problem(error);
                }
            }

            return await next(context);
        });
    }
}
