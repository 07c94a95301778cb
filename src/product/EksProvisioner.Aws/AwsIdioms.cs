using EksProvisioner.Core.Errors;

namespace EksProvisioner.Aws;

/// <summary>The two idioms every stage needs around create and delete calls.</summary>
public static class AwsIdioms
{
    /// <summary>
    /// Runs a delete; a resource that is already gone counts as deleted (teardown is re-entrant).
    /// Returns true when this call deleted it, false when it was not there.
    /// </summary>
    public static async Task<bool> DeleteIfExistsAsync(Func<CancellationToken, Task> delete, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(delete);
        try
        {
            await delete(cancellationToken);
            return true;
        }
        catch (AwsResourceNotFoundException)
        {
            return false;
        }
    }

    /// <summary>
    /// Runs a create; when the resource already exists, describes it and adopts it if its
    /// <see cref="AwsTags.Environment"/> tag names <paramref name="environment"/>, otherwise raises
    /// <see cref="ResourceOwnershipConflictException"/> (we never take over or delete someone else's resource).
    /// </summary>
    public static async Task<T> CreateOrAdoptAsync<T>(
        Func<CancellationToken, Task<T>> create,
        Func<CancellationToken, Task<OwnedResource<T>>> describeExisting,
        string environment,
        string resourceDescription,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(create);
        ArgumentNullException.ThrowIfNull(describeExisting);
        ArgumentException.ThrowIfNullOrEmpty(environment);
        try
        {
            return await create(cancellationToken);
        }
        catch (AwsResourceAlreadyExistsException exists)
        {
            var existing = await describeExisting(cancellationToken);
            string? owner = null;
            if (existing.Tags?.TryGetValue(AwsTags.Environment, out owner) == true && owner == environment)
            {
                return existing.Resource;
            }

            var why = owner is null ? $"has no {AwsTags.Environment} tag" : $"belongs to environment '{owner}'";
            throw new ResourceOwnershipConflictException($"{resourceDescription} already exists and {why}, not '{environment}'", exists)
            {
                AwsErrorCode = exists.AwsErrorCode,
                HttpStatusCode = exists.HttpStatusCode,
                RequestId = exists.RequestId,
                Service = exists.Service,
                Operation = exists.Operation,
            };
        }
    }
}
