namespace EksProvisioner.Aws;

/// <summary>Shared page-token rule of the paginators.</summary>
internal static class Paging
{
    /// <summary>The token for the next page, or null at the end; a server repeating a token would loop forever, so that fails.</summary>
    public static string? Next(string? previous, string? next)
    {
        if (string.IsNullOrEmpty(next))
        {
            return null;
        }

        return next == previous ? throw new InvalidOperationException($"the service returned the same page token twice ('{next}')") : next;
    }
}
