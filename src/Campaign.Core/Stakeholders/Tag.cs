namespace Campaign.Stakeholders;

public class Tag
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public List<Stakeholder> Stakeholders { get; set; } = [];
}
