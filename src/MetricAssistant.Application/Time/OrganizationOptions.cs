using System.ComponentModel.DataAnnotations;

namespace MetricAssistant.Application.Time;

public sealed class OrganizationOptions
{
    public const string Section = "Organization";

    /// <summary>IANA time zone of the organisation; relative time expressions resolve in it.</summary>
    [Required]
    public string TimeZone { get; set; } = "Asia/Shanghai";
}
