namespace Portal.Components.Uploads;

public enum VirusScanOutcome
{
    Clean,
    Infected,
    Failed,
}

/// <summary>
/// What a virus scan said of a file. Only a clean file is accepted: a file that could not be checked is refused too,
/// since it is not known to be safe, and the person uploading it is told to try again rather than that it is infected.
/// </summary>
public sealed record VirusScanResult
{
    private VirusScanResult(VirusScanOutcome outcome, string? signature, string? failureReason)
    {
        Outcome = outcome;
        Signature = signature;
        FailureReason = failureReason;
    }

    public static VirusScanResult Clean { get; } = new(VirusScanOutcome.Clean, null, null);

    public static VirusScanResult Infected(string signature) => new(VirusScanOutcome.Infected, signature, null);

    public static VirusScanResult Failed(string reason) => new(VirusScanOutcome.Failed, null, reason);

    public VirusScanOutcome Outcome { get; }

    /// <summary>The name of what the scanner found, when it found something.</summary>
    public string? Signature { get; }

    /// <summary>Why the file could not be checked, for the log; never shown to the person uploading.</summary>
    public string? FailureReason { get; }

    public bool IsClean => Outcome == VirusScanOutcome.Clean;

    /// <summary>Why the file was refused, in words for the person uploading it; null when it was accepted.</summary>
    public string? UserMessage => Outcome switch
    {
        VirusScanOutcome.Infected => $"This file was refused: the virus scanner found {Signature} in it.",
        VirusScanOutcome.Failed => "This file could not be checked for viruses just now, so it was not accepted. Try again in a few minutes; if it keeps happening, contact the commissioning team.",
        _ => null,
    };
}
