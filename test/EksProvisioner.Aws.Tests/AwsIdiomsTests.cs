using EksProvisioner.Core.Errors;

namespace EksProvisioner.Aws.Tests;

public sealed class AwsIdiomsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static AwsResourceAlreadyExistsException Exists() =>
        new("exists") { AwsErrorCode = "EntityAlreadyExists", HttpStatusCode = 409, RequestId = "rid", Service = "iam", Operation = "CreateRole" };

    private static Func<CancellationToken, Task<OwnedResource<string>>> Existing(string resource, string? owner) =>
        _ => Task.FromResult(new OwnedResource<string>(resource, owner is null ? null : new Dictionary<string, string> { [AwsTags.Environment] = owner }));

    [Fact]
    public async Task DeleteIfExists_Deleted_ReturnsTrue() =>
        Assert.True(await AwsIdioms.DeleteIfExistsAsync(_ => Task.CompletedTask, Token));

    [Fact]
    public async Task DeleteIfExists_NotFound_ReturnsFalse() =>
        Assert.False(await AwsIdioms.DeleteIfExistsAsync(_ => throw new AwsResourceNotFoundException("gone"), Token));

    [Fact]
    public async Task DeleteIfExists_OtherError_Propagates() =>
        await Assert.ThrowsAsync<DependencyStillPresentException>(
            () => AwsIdioms.DeleteIfExistsAsync(_ => throw new DependencyStillPresentException("in use"), Token));

    [Fact]
    public async Task CreateOrAdopt_Created_ReturnsCreatedWithoutDescribing()
    {
        var described = false;

        var result = await AwsIdioms.CreateOrAdoptAsync(
            _ => Task.FromResult("new"),
            _ =>
            {
                described = true;
                return Task.FromResult(new OwnedResource<string>("old", null));
            },
            "env-a",
            "role r",
            Token);

        Assert.Equal("new", result);
        Assert.False(described);
    }

    [Fact]
    public async Task CreateOrAdopt_ExistsWithOurTag_ReturnsExisting() =>
        Assert.Equal("old", await AwsIdioms.CreateOrAdoptAsync<string>(_ => throw Exists(), Existing("old", "env-a"), "env-a", "role r", Token));

    [Theory]
    [InlineData("env-b")]
    [InlineData(null)]
    public async Task CreateOrAdopt_ExistsWithoutOurTag_ThrowsOwnershipConflictWithAwsDetails(string? owner)
    {
        var error = await Assert.ThrowsAsync<ResourceOwnershipConflictException>(
            () => AwsIdioms.CreateOrAdoptAsync<string>(_ => throw Exists(), Existing("old", owner), "env-a", "role r", Token));

        Assert.Equal("EntityAlreadyExists", error.AwsErrorCode);
        Assert.Equal("CreateRole", error.Operation);
        Assert.IsType<AwsResourceAlreadyExistsException>(error.InnerException);
        Assert.StartsWith("role r already exists", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateOrAdopt_OtherError_PropagatesWithoutDescribing() =>
        await Assert.ThrowsAsync<QuotaExceededException>(() => AwsIdioms.CreateOrAdoptAsync<string>(
            _ => throw new QuotaExceededException("limit"),
            _ => throw new InvalidOperationException("must not describe"),
            "env-a",
            "vpc",
            Token));
}
