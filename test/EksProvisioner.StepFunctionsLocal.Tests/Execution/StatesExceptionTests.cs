using EksProvisioner.StepFunctionsLocal.Execution;

namespace EksProvisioner.StepFunctionsLocal.Tests.Execution;

public sealed class StatesExceptionTests
{
    [Fact]
    public void InState_RuntimeCause_PrefixedWithStateAndEnteredEvent()
    {
        var located = new StatesException(StatesErrors.Runtime, "Invalid path '$.a' : No results for path: $['a']").InState("Select", 2);

        Assert.Equal("An error occurred while executing the state 'Select' (entered at the event id #2). Invalid path '$.a' : No results for path: $['a']", located.Cause);
        Assert.True(located.IsLocated);
        Assert.Equal(StatesErrors.Runtime, located.Error);
    }
}
