using System.Runtime.CompilerServices;

namespace EksProvisioner.Aws;

/// <summary>The one page loop of the paginators, and its token rule.</summary>
internal static class Paging
{
    /// <summary>
    /// Every item of every page: <paramref name="fetch"/> with no token, then with each page's
    /// <paramref name="next"/> token until a page has none.
    /// </summary>
    public static async IAsyncEnumerable<TItem> AllAsync<TPage, TItem>(
        Func<string?, CancellationToken, Task<TPage>> fetch,
        Func<TPage, IEnumerable<TItem>?> items,
        Func<TPage, string?> next,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? token = null;
        do
        {
            var page = await fetch(token, cancellationToken);
            foreach (var item in items(page) ?? [])
            {
                yield return item;
            }

            token = Next(token, next(page));
        }
        while (token is not null);
    }

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
