using System.ComponentModel.DataAnnotations;
namespace Campaign.Briefings;

/// <summary>The file a pack export produced, kept so it can be downloaded again byte for byte (its hash is on the pack).</summary>
public class BriefingPackFile
{
    public int BriefingPackId { get; set; }
    public BriefingPack? BriefingPack { get; set; }
    [MaxLength(200)]
    public required string FileName { get; set; }
    [MaxLength(100)]
    public required string ContentType { get; set; }
    public required byte[] Content { get; set; }
}
