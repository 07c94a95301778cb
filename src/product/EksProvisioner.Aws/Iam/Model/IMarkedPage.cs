namespace EksProvisioner.Aws.Iam;

/// <summary>An IAM list page: IAM pages with Marker, and only while IsTruncated.</summary>
public interface IMarkedPage
{
    bool? IsTruncated { get; }

    string? Marker { get; }
}
