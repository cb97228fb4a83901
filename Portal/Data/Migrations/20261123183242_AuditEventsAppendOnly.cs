using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations
{
    /// <summary>The database itself refuses to change or remove an audit event, whoever asks.</summary>
    public partial class AuditEventsAppendOnly : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TRIGGER AuditEvents_RefuseUpdate BEFORE UPDATE ON AuditEvents
                BEGIN SELECT RAISE(ABORT, 'Audit events are append-only: an update was refused.'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER AuditEvents_RefuseDelete BEFORE DELETE ON AuditEvents
                BEGIN SELECT RAISE(ABORT, 'Audit events are append-only: a delete was refused.'); END;
                """);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS AuditEvents_RefuseUpdate;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS AuditEvents_RefuseDelete;");
        }
    }
}
