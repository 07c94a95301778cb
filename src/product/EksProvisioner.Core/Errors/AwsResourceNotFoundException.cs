namespace EksProvisioner.Core.Errors;

/// <summary>
/// The named AWS resource does not exist (ResourceNotFoundException, NotFoundException, NoSuchEntity,
/// *.NotFound, *DoesNotExist). Named apart from AWS's own ResourceNotFoundException so that ASL
/// ErrorEquals never confuses the two. On delete, the AWS layer treats it as success.
/// </summary>
public sealed class AwsResourceNotFoundException : EksProvisionerException
{
    public AwsResourceNotFoundException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <inheritdoc />
    public override bool IsTransient => false;
}
