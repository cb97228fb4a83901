using Portal.Domain.Common;

namespace Portal.Tests.Domain;

public class UkTimeTests
{
    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Theory]
    // The reference commission's tender deadline, 11 March 2022 at noon: winter, so UK time is UTC.
    [InlineData(2022, 3, 11, 12, 12)]
    [InlineData(2026, 1, 15, 12, 12)]
    // Summer: British Summer Time is UTC+1, so noon in the UK is 11:00 UTC.
    [InlineData(2026, 7, 15, 12, 11)]
    // The clocks go forward at 01:00 UTC on the last Sunday of March, and back at 01:00 UTC on the last Sunday of October.
    [InlineData(2026, 3, 29, 12, 11)]
    [InlineData(2026, 3, 28, 12, 12)]
    [InlineData(2026, 10, 25, 12, 12)]
    [InlineData(2026, 10, 24, 12, 11)]
    [InlineData(2025, 3, 30, 12, 11)]
    [InlineData(2025, 10, 26, 12, 12)]
    public void A_noon_deadline_in_the_uk_is_stored_as_the_right_utc_instant(int year, int month, int day, int localHour, int utcHour)
    {
        var instant = UkTime.FromUkLocal(new DateTime(year, month, day, localHour, 0, 0));

        Assert.Equal(Utc(year, month, day, utcHour), instant);
        Assert.Equal(TimeSpan.Zero, instant.Offset);
    }

    [Fact]
    public void On_the_spring_change_day_times_either_side_of_one_oclock_take_their_own_offset()
    {
        Assert.Equal(Utc(2026, 3, 29, 0, 30), UkTime.FromUkLocal(new DateTime(2026, 3, 29, 0, 30, 0)));
        Assert.Equal(Utc(2026, 3, 29, 2, 0), UkTime.FromUkLocal(new DateTime(2026, 3, 29, 3, 0, 0)));
    }

    [Fact]
    public void On_the_autumn_change_day_times_either_side_of_the_repeated_hour_take_their_own_offset()
    {
        Assert.Equal(Utc(2026, 10, 24, 23, 30), UkTime.FromUkLocal(new DateTime(2026, 10, 25, 0, 30, 0)));
        Assert.Equal(Utc(2026, 10, 25, 2, 0), UkTime.FromUkLocal(new DateTime(2026, 10, 25, 2, 0, 0)));
    }

    [Fact]
    public void A_stored_instant_reads_back_as_uk_wall_clock_time()
    {
        var summer = UkTime.ToUk(Utc(2026, 7, 15, 11));
        var winter = UkTime.ToUk(Utc(2026, 12, 15, 12));

        Assert.Equal((12, TimeSpan.FromHours(1)), (summer.Hour, summer.Offset));
        Assert.Equal((12, TimeSpan.Zero), (winter.Hour, winter.Offset));
    }

    [Fact]
    public void The_clock_change_instant_itself_is_where_the_uk_offset_flips()
    {
        Assert.Equal(TimeSpan.Zero, UkTime.ToUk(Utc(2026, 3, 29, 0, 59)).Offset);
        Assert.Equal(TimeSpan.FromHours(1), UkTime.ToUk(Utc(2026, 3, 29, 1, 0)).Offset);
        Assert.Equal(TimeSpan.FromHours(1), UkTime.ToUk(Utc(2026, 10, 25, 0, 59)).Offset);
        Assert.Equal(TimeSpan.Zero, UkTime.ToUk(Utc(2026, 10, 25, 1, 0)).Offset);
    }

    [Fact]
    public void A_deadline_is_shown_in_uk_time_whatever_offset_it_arrives_in()
    {
        var inNewYork = new DateTimeOffset(2026, 7, 15, 6, 0, 0, TimeSpan.FromHours(-5));

        Assert.Equal("15 Jul 2026, 12:00", UkTime.Format(inNewYork));
        Assert.Equal("—", UkTime.Format(null));
    }
}
