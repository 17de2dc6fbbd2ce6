using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Cli;

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddPasserelle();
var app = builder.Build();
app.UsePasserelle();
// The port opens at once; readiness says when the database is reached, migrated and seeded (StartupGate).
app.InitialiseOnceStarted();
await app.RunAsync();
return app.Services.GetRequiredService<StartupGate>().Completion.IsFaulted ? 1 : 0;

/// <summary>Entry point, public so that integration tests can host the application.</summary>
public partial class Program;
