namespace EksProvisioner.Aws.Protocol;

/// <summary>
/// One service's operations as its botocore model describes them, written once: the clients send with
/// it and the simulator routes with it (by REST method and path, by X-Amz-Target or by Query Action).
/// An operation is named after its request type (<c>CreateClusterRequest</c> is <c>CreateCluster</c>).
/// </summary>
public sealed class AwsOperationTable(string serviceId, AwsProtocol protocol)
{
    private const string RequestSuffix = "Request";
    private readonly List<AwsOperation> _operations = [];
    private readonly Dictionary<string, AwsOperation> _byName = new(StringComparer.Ordinal);

    /// <summary>The model's serviceId (EKS, IAM, SFN, Resource Groups Tagging API).</summary>
    public string ServiceId => serviceId;

    public AwsProtocol Protocol => protocol;

    /// <summary>Every operation, in the order added.</summary>
    public IReadOnlyList<AwsOperation> All => _operations;

    /// <summary>The operation called <paramref name="name"/> (an X-Amz-Target suffix or a Query Action), or null.</summary>
    public AwsOperation? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>
    /// The REST operation whose method and URI template match, with its decoded labels in template order;
    /// matched on the raw path, so that an ARN with an encoded '/' stays one label.
    /// </summary>
    public (AwsOperation Operation, IReadOnlyList<string> Labels)? Match(string method, string rawPath)
    {
        var segments = rawPath.Trim('/').Split('/');
        foreach (var operation in _operations)
        {
            if (operation.HttpMethod == method && UriTemplate.Match(operation.RequestUri, segments) is { } labels)
            {
                return (operation, labels);
            }
        }

        return null;
    }

    /// <summary>Adds the operation of <typeparamref name="TRequest"/>; json and query operations are all POST /.</summary>
    public AwsOperation Add<TRequest, TResponse>(string httpMethod = "POST", string requestUri = "/", bool hasOutput = true)
    {
        var requestName = typeof(TRequest).Name;
        if (!requestName.EndsWith(RequestSuffix, StringComparison.Ordinal))
        {
            throw new ArgumentException($"{requestName} is not named <Operation>{RequestSuffix}", nameof(TRequest));
        }

        var operation = new AwsOperation(serviceId, requestName[..^RequestSuffix.Length], httpMethod, requestUri, protocol, typeof(TRequest), typeof(TResponse), hasOutput);
        _byName.Add(operation.Name, operation);
        _operations.Add(operation);
        return operation;
    }
}
