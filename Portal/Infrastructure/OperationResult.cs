namespace Portal.Infrastructure;

public enum OperationOutcome { Succeeded, NotFound, Conflict, Refused, Forbidden }

/// <summary>What a service did with a request, and, when it did not, a message written for the person who asked.</summary>
public record OperationResult(OperationOutcome Outcome, string? Message = null)
{
    public const string ConflictMessage = "This commission was changed by someone else while you were looking at it — reload to see the latest version.";

    public bool Succeeded => Outcome == OperationOutcome.Succeeded;

    public static OperationResult Ok() => new(OperationOutcome.Succeeded);
    public static OperationResult NotFound(string what = "commission") => new(OperationOutcome.NotFound, $"That {what} does not exist, or is not yours to see.");
    public static OperationResult Conflict() => new(OperationOutcome.Conflict, ConflictMessage);
    public static OperationResult Refused(string message) => new(OperationOutcome.Refused, message);
    public static OperationResult Forbidden() => new(OperationOutcome.Forbidden, "Your role does not allow this.");
}

public sealed record OperationResult<T>(OperationOutcome Outcome, T? Value, string? Message = null) : OperationResult(Outcome, Message)
{
    public static OperationResult<T> Ok(T value) => new(OperationOutcome.Succeeded, value);
    public static OperationResult<T> From(OperationResult failure) => new(failure.Outcome, default, failure.Message);
}
