using System.CommandLine;
using MetricAssistant.Bot.Packaging;

namespace MetricAssistant.Cli.Commands;

/// <summary>
/// <c>teams package --app-id GUID --endpoint https://HOST [--name N] [--version V] [--developer D] [--website URL]
/// [--privacy-url URL] [--terms-url URL] [--out DIR]</c>: writes the Teams app package (manifest.json, color.png,
/// outline.png and the zip to upload). Bad input exits 2 with every problem listed.
/// </summary>
internal static class TeamsCommand
{
    private const int Unusable = 2;

    public static Command Build()
    {
        var appId = new Option<string?>("--app-id") { Description = "The Azure Bot's Microsoft App ID (the app registration's client id, a GUID)." };
        var endpoint = new Option<string?>("--endpoint") { Description = "The bot's public https address, e.g. https://bot.example.com (messages go to /api/messages there)." };
        var name = new Option<string?>("--name") { Description = $"The app's short name in Teams (at most {TeamsAppPackageRequest.MaxShortName} characters; default {TeamsAppPackageRequest.DefaultName})." };
        var version = new Option<string?>("--version") { Description = $"The app version; raise it for each upload of a changed package (default {TeamsAppPackageRequest.DefaultVersion})." };
        var developer = new Option<string?>("--developer") { Description = "The developer name shown in Teams." };
        var website = new Option<string?>("--website") { Description = "Developer website (default: the endpoint's origin)." };
        var privacy = new Option<string?>("--privacy-url") { Description = "Privacy statement (default: ENDPOINT/privacy)." };
        var terms = new Option<string?>("--terms-url") { Description = "Terms of use (default: ENDPOINT/terms)." };
        var output = new Option<string>("--out") { Description = "Folder for the files and the zip.", DefaultValueFactory = _ => "artifacts/teams" };

        var package = new Command("package", "Write the Teams app package (manifest.json, icons, zip) for the bot.")
        {
            appId, endpoint, name, version, developer, website, privacy, terms, output,
        };
        package.SetAction(parse =>
        {
            if (!TeamsAppPackageRequest.TryCreate(parse.GetValue(appId), parse.GetValue(endpoint), parse.GetValue(name), parse.GetValue(version),
                    parse.GetValue(developer), parse.GetValue(website), parse.GetValue(privacy), parse.GetValue(terms), out var request, out var problems))
            {
                foreach (var problem in problems)
                    Console.Error.WriteLine(problem);
                return Unusable;
            }
            TeamsAppPackage written;
            try
            {
                written = TeamsAppPackager.Write(request!, parse.GetValue(output)!);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"Could not write the package: {e.Message}");
                return Unusable;
            }
            Console.WriteLine($"Wrote {written.ZipPath}");
            Console.WriteLine($"  (manifest.json, color.png, outline.png also in {written.Directory})");
            Console.WriteLine($"Azure Bot messaging endpoint: {request!.MessagingEndpoint}");
            Console.WriteLine("Upload the zip in Teams (Apps → Manage your apps → Upload an app → Upload a custom app) or in the Teams admin center (Teams apps → Manage apps → Upload new app).");
            return 0;
        });
        return new Command("teams", "The Teams app: package it for upload.") { package };
    }
}
