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
await app.InitialiseAsync();
await app.RunAsync();
return 0;

/// <summary>Entry point, public so that integration tests can host the application.</summary>
public partial class Program;
