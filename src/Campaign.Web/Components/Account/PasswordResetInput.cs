using System.ComponentModel.DataAnnotations;

namespace Campaign.Web.Components.Account;

public sealed class ForgotPasswordInput
{
    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter an email address in the form name@example.org.")]
    public string Email { get; set; } = "";
}

public sealed class ResetPasswordInput
{
    [Required(ErrorMessage = "Enter a new password.")]
    [StringLength(256, MinimumLength = 12, ErrorMessage = "The new password must be at least 12 characters long.")]
    public string NewPassword { get; set; } = "";

    [Compare(nameof(NewPassword), ErrorMessage = "The two new passwords do not match.")]
    public string ConfirmPassword { get; set; } = "";
}
