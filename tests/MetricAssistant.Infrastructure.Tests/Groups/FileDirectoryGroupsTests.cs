using MetricAssistant.Infrastructure.Groups;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Infrastructure.Tests.Groups;

/// <summary>The directory export file: users → group ids, read again when it changes, bad files a failed lookup.</summary>
public sealed class FileDirectoryGroupsTests : IDisposable
{
    private readonly TempDirectory folder = new();

    private string Write(string json)
    {
        var path = Path.Combine(folder.Path, "directory.json");
        File.WriteAllText(path, json);
        return path;
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_user_gets_their_groups_ids_compared_case_insensitively()
    {
        var path = Write("""{ "users": { "AAAA-1": ["g-1", "g-2", "G-1"], "bbbb-2": [] } }""");
        var directory = new FileDirectoryGroups(path, TimeProvider.System);
        Assert.Equal(["g-1", "g-2"], (await directory.GroupsOfAsync("aaaa-1", CancellationToken.None)).GroupIds);
        Assert.Empty((await directory.GroupsOfAsync("bbbb-2", CancellationToken.None)).GroupIds);
        var stranger = await directory.GroupsOfAsync("nobody", CancellationToken.None);
        Assert.True(stranger.Succeeded);
        Assert.Empty(stranger.GroupIds);
    }

    [Fact]
    public async Task An_edited_file_is_read_again()
    {
        var path = Write("""{ "users": { "u": ["g-1"] } }""");
        var directory = new FileDirectoryGroups(path, TimeProvider.System);
        Assert.Equal(["g-1"], (await directory.GroupsOfAsync("u", CancellationToken.None)).GroupIds);
        File.WriteAllText(path, """{ "users": { "u": ["g-1", "g-22"] } }""");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));
        Assert.Equal(["g-1", "g-22"], (await directory.GroupsOfAsync("u", CancellationToken.None)).GroupIds);
    }

    [Theory]
    [InlineData("not json", "could not be read")]
    [InlineData("""{ "people": {} }""", "expected an object with \"users\"")]
    [InlineData("""{ "users": { "u": "g-1" } }""", "must be a list of group ids")]
    [InlineData("""{ "users": { "u": ["g-1"], "U": ["g-2"] } }""", "listed twice")]
    public async Task A_malformed_file_is_a_failed_lookup_naming_the_problem(string json, string says)
    {
        var lookup = await new FileDirectoryGroups(Write(json), TimeProvider.System).GroupsOfAsync("u", CancellationToken.None);
        Assert.False(lookup.Succeeded);
        Assert.Empty(lookup.GroupIds);
        Assert.Contains(says, lookup.Failure);
    }

    [Fact]
    public async Task A_missing_file_is_a_failed_lookup()
    {
        var lookup = await new FileDirectoryGroups(Path.Combine(folder.Path, "absent.json"), TimeProvider.System).GroupsOfAsync("u", CancellationToken.None);
        Assert.Contains("does not exist", lookup.Failure);
    }
}
