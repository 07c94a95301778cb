using EksProvisioner.Aws.Protocol;

namespace EksProvisioner.Aws;

/// <summary>
/// What every service interface (<see cref="Eks.IEksClient"/>, <see cref="Iam.IIamClient"/>, ...) is built
/// on: send one operation of the service's table. Each typed method of those interfaces is this call with
/// its table entry, so an operation is written once, in the table. Test doubles implement the typed methods
/// they stand for and refuse this. The interfaces are shaped like the AWS SDK for .NET: one async method per
/// operation, request and response records with the model's member names; errors surface as the Core
/// error taxonomy.
/// </summary>
public interface IAwsServiceClient
{
    /// <summary>Sends <paramref name="request"/> as <paramref name="operation"/> and reads the response record.</summary>
    Task<TResponse> SendAsync<TResponse>(AwsOperation operation, object request, CancellationToken cancellationToken);
}
