namespace Portal.Domain.Contracts;

/// <summary>
/// The date arithmetic of a contract's terms. A term is counted in whole months from the day after the previous one ends,
/// so a term ending on 28 February 2023 extended by 12 months ends on 29 February 2024, not on the 28th.
/// </summary>
public static class ContractDates
{
    /// <summary>The last day of a term of <paramref name="months"/> that follows one ending on <paramref name="lastDay"/>.</summary>
    public static DateOnly Extend(DateOnly lastDay, int months) => lastDay.AddDays(1).AddMonths(months).AddDays(-1);

    /// <summary>
    /// The last day to decide on an option while still leaving <paramref name="noticeMonths"/> whole months' notice before the
    /// term it would extend ends: for a term ending on 30 April 2024 and three months' notice, 31 January 2024.
    /// </summary>
    public static DateOnly DecideBy(DateOnly termEndsOn, int noticeMonths) => termEndsOn.AddDays(1).AddMonths(-noticeMonths).AddDays(-1);

    /// <summary>"1 month", "6 months".</summary>
    public static string Months(int months) => months == 1 ? "1 month" : $"{months} months";

    /// <summary>The day the owner is reminded of a decision due on <paramref name="decideBy"/>, <paramref name="leadMonths"/> ahead.</summary>
    public static DateOnly ReminderOn(DateOnly decideBy, int leadMonths) => decideBy.AddMonths(-leadMonths);
}
