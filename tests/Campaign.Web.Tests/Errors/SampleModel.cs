using System.ComponentModel.DataAnnotations;

namespace Campaign.Web.Tests.Errors;

public sealed class SampleModel
{
    [Required(ErrorMessage = "Enter a name.")]
    public string? Name { get; set; }
}
