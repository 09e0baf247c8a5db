using System.Text.RegularExpressions;

namespace MetricAssistant.Bot.Packaging;

/// <summary>What goes into the Teams app package; <see cref="TryCreate"/> turns the command line's raw values into
/// one, or into a list of problems to show the user.</summary>
public sealed partial record TeamsAppPackageRequest(
    Guid AppId,
    Uri Endpoint,
    string Name,
    string Version,
    string DeveloperName,
    Uri WebsiteUrl,
    Uri PrivacyUrl,
    Uri TermsOfUseUrl,
    string AccentColor)
{
    public const string DefaultName = "MetricAssistant";
    public const string DefaultVersion = "1.0.0";
    public const string DefaultAccentColor = "#1F6FEB";
    public const int MaxShortName = 30;
    public const int MaxDeveloperName = 32;

    /// <summary>The address to enter as the Azure Bot's messaging endpoint.</summary>
    public Uri MessagingEndpoint => new(new Uri(Endpoint.GetLeftPart(UriPartial.Authority)), "/api/messages");

    public static bool TryCreate(
        string? appId, string? endpoint, string? name, string? version, string? developer,
        string? website, string? privacyUrl, string? termsUrl,
        out TeamsAppPackageRequest? request, out IReadOnlyList<string> problems)
    {
        request = null;
        var id = Guid.Empty;
        var found = new List<string>();
        if (string.IsNullOrWhiteSpace(appId))
            found.Add("--app-id is required: the Azure Bot's Microsoft App ID (a GUID).");
        else if (!Guid.TryParse(appId, out id) || id == Guid.Empty)
            found.Add($"--app-id must be the Azure Bot's Microsoft App ID, a GUID like 4f3c2a1b-0d9e-4c8b-a7f6-123456789abc (got '{appId}').");

        var endpointUri = PublicHttps("--endpoint", endpoint, found);
        var origin = endpointUri is null ? null : endpointUri.GetLeftPart(UriPartial.Authority);

        var shortName = string.IsNullOrWhiteSpace(name) ? DefaultName : name.Trim();
        if (shortName.Length > MaxShortName)
            found.Add($"--name must be at most {MaxShortName} characters (Teams' short name), got {shortName.Length}.");

        var appVersion = string.IsNullOrWhiteSpace(version) ? DefaultVersion : version.Trim();
        if (!SemVer().IsMatch(appVersion))
            found.Add($"--version must be a version like 1.0.0 (got '{appVersion}').");

        var developerName = string.IsNullOrWhiteSpace(developer) ? DefaultName : developer.Trim();
        if (developerName.Length > MaxDeveloperName)
            found.Add($"--developer must be at most {MaxDeveloperName} characters, got {developerName.Length}.");

        var websiteUri = website is null ? (origin is null ? null : new Uri(origin + "/")) : PublicHttps("--website", website, found);
        var privacyUri = privacyUrl is null ? (origin is null ? null : new Uri(origin + "/privacy")) : PublicHttps("--privacy-url", privacyUrl, found);
        var termsUri = termsUrl is null ? (origin is null ? null : new Uri(origin + "/terms")) : PublicHttps("--terms-url", termsUrl, found);

        problems = found;
        if (found.Count > 0)
            return false;
        request = new TeamsAppPackageRequest(id, endpointUri!, shortName, appVersion, developerName, websiteUri!, privacyUri!, termsUri!, DefaultAccentColor);
        return true;
    }

    /// <summary>An absolute https address Teams can reach: no loopback, no user info.</summary>
    private static Uri? PublicHttps(string option, string? value, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"{option} is required: an absolute https address like https://bot.example.com.");
            return null;
        }
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            problems.Add($"{option} must be an absolute https address like https://bot.example.com (got '{value}').");
            return null;
        }
        if (uri.IsLoopback || !string.IsNullOrEmpty(uri.UserInfo))
        {
            problems.Add($"{option} must be an address Teams can reach from the internet, without user info (got '{value}').");
            return null;
        }
        return uri;
    }

    // e.g. "1.0.0", "2.1.3-beta.1"
    [GeneratedRegex(@"^\d{1,9}\.\d{1,9}\.\d{1,9}(-[0-9A-Za-z.-]+)?$")]
    private static partial Regex SemVer();
}
