using Portal.Domain.Calendar;

namespace Portal.Components.Tendering;

/// <summary>
/// That the reminder <see cref="HoursBefore"/> hours before an ITT's deadline was sent. Keyed by the deadline's value,
/// so a deadline that moves earns its reminders again, and a reminder already sent is never sent twice.
/// </summary>
public sealed class DeadlineReminder
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid InvitationToTenderId { get; set; }
    public TimetablePhase Phase { get; set; }
    public DateTimeOffset Deadline { get; set; }
    public int HoursBefore { get; set; }
    public DateTimeOffset SentAt { get; set; }
}
