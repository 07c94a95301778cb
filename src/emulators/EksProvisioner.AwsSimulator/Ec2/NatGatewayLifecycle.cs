using EksProvisioner.AwsSimulator.Ec2.Model;

namespace EksProvisioner.AwsSimulator.Ec2;

/// <summary>
/// NAT gateway states over time, as AWS documents them: pending -> available (or failed), and
/// deleting -> deleted; deleted and failed gateways stay visible for about an hour. The gateway holds
/// its Elastic IP and its network interface until it is deleted or has failed.
/// </summary>
internal static class NatGatewayLifecycle
{
    public static void Advance(Ec2Store store)
    {
        var now = store.Now;
        var state = store.State;
        foreach (var nat in state.NatGateways.Values.ToList())
        {
            if (nat.State == "pending" && now >= nat.ReadyAt)
            {
                if (nat.FailureCode is null)
                {
                    nat.State = "available";
                }
                else
                {
                    nat.State = "failed";
                    nat.DeletedAt = nat.ReadyAt;
                    Release(state, nat);
                }
            }

            if (nat.State == "deleting" && nat.DeletedAt is { } deletedAt && now >= deletedAt)
            {
                nat.State = "deleted";
                Release(state, nat);
            }

            if (nat.State is "deleted" or "failed" && nat.DeletedAt is { } gone && now >= gone + Ec2Store.DeletedNatRetention)
            {
                state.NatGateways.Remove(nat.Id);
            }
        }
    }

    private static void Release(Ec2State state, NatGatewayRecord nat)
    {
        if (nat.AllocationId is { } allocationId && state.Addresses.TryGetValue(allocationId, out var address) && address.AssociationId == nat.AssociationId)
        {
            address.AssociationId = null;
            address.NetworkInterfaceId = null;
            address.PrivateIpAddress = null;
        }

        state.NetworkInterfaces.Remove(nat.NetworkInterfaceId);
    }
}
