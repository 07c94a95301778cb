using EksProvisioner.AwsSimulator.Wire;

namespace EksProvisioner.AwsSimulator.Iam;

/// <summary>IAM's error table: code, HTTP status and AWS's message wording.</summary>
internal static class IamErrors
{
    public static ServiceError NoSuchRole(string name) => new("NoSuchEntity", 404, $"The role with name {name} cannot be found.");

    public static ServiceError NoSuchPolicy(string arn) => new("NoSuchEntity", 404, $"Policy {arn} does not exist or is not attachable.");

    public static ServiceError PolicyNotAttached(string arn) => new("NoSuchEntity", 404, $"Policy {arn} was not found.");

    public static ServiceError NoSuchInlinePolicy(string name) => new("NoSuchEntity", 404, $"The role policy with name {name} cannot be found.");

    public static ServiceError RoleExists(string name) => new("EntityAlreadyExists", 409, $"Role with name {name} already exists.");

    public static ServiceError DeleteConflict(string what) => new("DeleteConflict", 409, $"Cannot delete entity, must {what} first.");

    public static ServiceError Limit(string quota, int value) => new("LimitExceeded", 409, $"Cannot exceed quota for {quota}: {value}");

    public static ServiceError Validation(string message) => new("ValidationError", 400, message);

    public static ServiceError InvalidInput(string message) => new("InvalidInput", 400, message);

    public static ServiceError Malformed(string message) => new("MalformedPolicyDocument", 400, message);

    public static ServiceError InvalidAction(string action) => new("InvalidAction", 400, $"Could not find operation {action} for version 2010-05-08");

    public static ServiceError Missing(string parameter) =>
        Validation($"1 validation error detected: Value null at '{char.ToLowerInvariant(parameter[0]) + parameter[1..]}' failed to satisfy constraint: Member must not be null");
}
