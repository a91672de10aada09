using Campaign.Core.Tests.Briefings;
using Campaign.Templates;
using Campaign.Testing;
using Campaign.Users;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Core.Tests.Templates;

public sealed class PositionStatementServiceTests : DatabaseTest
{
    private BriefingScenario _scenario = null!;
    private PositionStatementService _service = null!;

    protected override async Task SetUpAsync()
    {
        _scenario = await BriefingScenario.CreateAsync(Database);
        _service = new PositionStatementService(Database, new StatementEngine(), Database.Clock);
    }

    private StatementDraft Draft(string markdown, int basedOn = 2) => new()
    {
        CampaignId = _scenario.CampaignId, Audience = Audience.MP, Title = "MP statement", Markdown = markdown,
        ChangeNote = "Sharper opening", BasedOnLatestVersion = basedOn,
    };

    [Fact]
    public async Task Each_save_is_a_new_version_and_older_versions_stay_as_they_were()
    {
        var result = await _service.SaveAsync(TestActors.Leadership, Draft("Version three for {{ stakeholder.display_name }}."));

        Assert.True(result.Succeeded);
        var saved = (await _service.GetAsync(TestActors.Leadership, result.Id!.Value))!;
        Assert.Equal(3, saved.VersionNumber);
        Assert.True(saved.IsLatest);
        Assert.Equal("Lee Leader", saved.CreatedBy);
        Assert.Equal("Sharper opening", saved.ChangeNote);
        Assert.Equal([3, 2, 1], saved.Versions.Select(v => v.VersionNumber));
        var older = (await _service.GetAsync(TestActors.Leadership, _scenario.MpStatementV2Id))!;
        Assert.False(older.IsLatest);
        Assert.Contains("MP-V2-TEXT", older.Markdown);
        Assert.Equal(result.Id, older.LatestId);

        var list = (await _service.ListAsync(TestActors.PublicAffairs))!.Value.Statements;
        var mp = list.Single(s => s.Audience == Audience.MP);
        Assert.Equal((3, 3, result.Id), (mp.VersionNumber!.Value, mp.VersionCount, mp.LatestId));
        Assert.Equal(Enum.GetValues<Audience>().Length, list.Count);
        Assert.Equal(0, list.Single(s => s.Audience == Audience.Peer).VersionCount);
    }

    [Fact]
    public async Task A_save_over_a_newer_version_is_refused()
    {
        Assert.True((await _service.SaveAsync(TestActors.PublicAffairs, Draft("Someone else's version."))).Succeeded);

        var mine = await _service.SaveAsync(TestActors.Leadership, Draft("My version, based on version 2."));

        Assert.True(mine.IsConflict);
        Assert.Equal(4, await _scenario.Database.WithContextAsync(db => db.PositionStatementTemplates.CountAsync()));
    }

    [Fact]
    public async Task A_template_with_a_syntax_error_or_a_forbidden_member_is_refused_with_line_and_column()
    {
        var result = await _service.SaveAsync(TestActors.PublicAffairs, Draft("# Hello\n\n{{ stakeholder.notes }} and {{ stakeholder.email }}"));

        Assert.False(result.Succeeded);
        Assert.Equal(2, result.Errors["Markdown"].Length);
        Assert.StartsWith("Line 3, column 4: “stakeholder.notes” is not available", result.Errors["Markdown"][0]);
        Assert.StartsWith("Line 3, column 32: “stakeholder.email” is not available", result.Errors["Markdown"][1]);
        Assert.Equal(3, await _scenario.Database.WithContextAsync(db => db.PositionStatementTemplates.CountAsync()));
    }

    [Fact]
    public async Task A_template_with_an_endless_loop_is_refused_before_it_is_saved()
    {
        var result = await _service.SaveAsync(TestActors.PublicAffairs,
            Draft("{% for a in (1..1000) %}{% for b in (1..1000) %}{% assign last = b %}{% endfor %}{% endfor %}"));

        Assert.Equal(["The template was stopped after 50,000 steps: it probably has a loop that never ends."], result.Errors["Markdown"]);
    }

    [Fact]
    public async Task A_statement_that_cannot_be_laid_out_in_a_pack_is_refused()
    {
        var columns = string.Concat(Enumerable.Range(1, 80).Select(i => $"| Column {i} "));
        var table = $"{columns}|\n{string.Concat(Enumerable.Repeat("|---", 80))}|\n{string.Concat(Enumerable.Repeat("| x ", 80))}|";

        var result = await _service.SaveAsync(TestActors.PublicAffairs, Draft(table));

        Assert.StartsWith("The statement cannot be laid out on an A4 page:", Assert.Single(result.Errors["Markdown"]));
    }

    [Fact]
    public async Task The_preview_renders_a_draft_for_a_chosen_stakeholder_without_confidential_material()
    {
        var model = await _service.PreviewModelAsync(TestActors.PublicAffairs, _scenario.CampaignId, Audience.MP, _scenario.MpId);

        var preview = await _service.PreviewAsync(TestActors.PublicAffairs,
            "**{{ stakeholder.display_name }}** of {{ stakeholder.constituency }}\n\n{% for i in interactions %}- {{ i.title }}\n{% endfor %}", model!);

        Assert.Empty(preview.Problems);
        Assert.Equal("Gwen Hughes", preview.StakeholderName);
        Assert.Contains("<strong>Gwen Hughes</strong> of Ceredigion Preseli", preview.Html);
        Assert.Contains("Public roundtable on registration", preview.Html);
        Assert.DoesNotContain("Private briefing", preview.Html);
        Assert.DoesNotContain("Visit to Aberystwyth", preview.Html); // planned, not recent contact
    }

    [Fact]
    public async Task The_preview_reports_problems_instead_of_html()
    {
        var model = await _service.PreviewModelAsync(TestActors.PublicAffairs, _scenario.CampaignId, Audience.MP, null);

        var preview = await _service.PreviewAsync(TestActors.PublicAffairs, "{% if %}", model!);

        Assert.Null(preview.Html);
        Assert.Equal(1, Assert.Single(preview.Problems).Line);
        Assert.Equal("Dr Alex Sample", preview.StakeholderName);
    }

    [Fact]
    public async Task People_to_preview_for_are_of_the_audience_kind_or_found_by_name()
    {
        Assert.Equal(["Gwen Hughes"], (await _service.PreviewPeopleAsync(TestActors.PublicAffairs, Audience.MP, null)).Select(p => p.DisplayName));
        Assert.Equal(["Ngozi Adeyemi"], (await _service.PreviewPeopleAsync(TestActors.PublicAffairs, Audience.MP, "ngozi")).Select(p => p.DisplayName));
    }

    [Fact]
    public async Task Coalition_members_cannot_see_or_edit_templates()
    {
        var coalition = TestActors.Coalition(1);

        await Assert.ThrowsAsync<AccessDeniedException>(() => _service.ListAsync(coalition));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _service.GetAsync(coalition, _scenario.MpStatementV2Id));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _service.SaveAsync(coalition, Draft("x")));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _service.PreviewModelAsync(coalition, _scenario.CampaignId, Audience.MP, null));
    }
}
