namespace EksProvisioner.Core.Updating;

/// <summary>What a day-2 update does to one part of an environment (the <c>terraform plan</c> verbs).</summary>
public enum ChangeKind
{
    /// <summary>Changed where it stands (an EKS update call or a tag).</summary>
    InPlace,

    /// <summary>Created.</summary>
    Add,

    /// <summary>Deleted.</summary>
    Remove,

    /// <summary>Deleted and created again, because EKS cannot change it in place.</summary>
    Replace,
}
