using Portal.Infrastructure;

namespace Portal.Components.Contracts;

/// <summary>How a card asks the contract page to run an action: the page supplies the service and the token it shows.</summary>
public delegate Task<bool> ContractActionRunner(Func<ContractService, Guid, Task<OperationResult>> action, string success);
