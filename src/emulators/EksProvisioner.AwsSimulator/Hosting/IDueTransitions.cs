namespace EksProvisioner.AwsSimulator.Hosting;

/// <summary>
/// A service whose completed transitions change other services (a deleted EKS cluster releases its
/// network interfaces in EC2). The account applies them before every call to any service, so EC2
/// sees the interfaces gone as soon as the clock passes the deletion, whoever asks first.
/// </summary>
internal interface IDueTransitions
{
    void ApplyDue();
}
