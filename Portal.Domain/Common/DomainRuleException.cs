namespace Portal.Domain.Common;

/// <summary>An attempt the rules refuse; the message is written for the user who tried.</summary>
public class DomainRuleException(string message) : Exception(message);
