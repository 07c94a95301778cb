namespace EksProvisioner.AwsSimulator.Eks;

/// <summary>The lifecycle phases every EKS resource goes through (each maps to its own status enum).</summary>
internal enum Phase
{
    Creating,
    Active,
    Deleting,
    Gone,
}
