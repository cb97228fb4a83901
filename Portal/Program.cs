using Portal.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddPortal();
var app = builder.Build();

if (PortalCommands.IsCommand(args))
    return await PortalCommands.RunAsync(app, args);

await app.InitialiseDatabaseAsync();
app.UsePortal();
await app.RunAsync();
return 0;

public partial class Program;
