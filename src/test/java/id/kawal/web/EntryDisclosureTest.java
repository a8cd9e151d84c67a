package id.kawal.web;

import static id.kawal.competition.CompetitionProcess.*;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kawal.competition.Competition;
import id.kawal.competition.CompetitionForm;
import id.kawal.competition.CompetitionRepository;
import id.kawal.competition.CompetitionService;
import id.kawal.competition.DeskReviewForm;
import id.kawal.competition.Entry;
import id.kawal.competition.EntryForm;
import id.kawal.competition.EntryRepository;
import id.kawal.competition.EntryService;
import id.kawal.competition.JuryService;
import id.kawal.competition.ScoreForm;
import id.kawal.support.KawalIntegrationTest;
import id.kawal.support.Plans;
import id.kawal.support.Rounds;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Nothing of a competition's outcome leaks before the results are published: an OPD sees its entry's documents and
 * status, a juror their own scores; totals, ranks, awards and the others' scores wait for publication, and the public
 * carries only what the public results page shows.
 */
@KawalIntegrationTest
class EntryDisclosureTest {

    @Autowired MockMvc mvc;
    @Autowired CompetitionService competitions;
    @Autowired EntryService entries;
    @Autowired JuryService jury;
    @Autowired TaskService tasks;
    @Autowired Rounds rounds;
    @Autowired EntryRepository entryRepository;
    @Autowired CompetitionRepository competitionRepository;

    /** An entry of opd1, scored by juri1 and juri2, its round closed and ranked but nothing published. */
    private Entry rankedButNotPublished() {
        CompetitionForm form = Rounds.form("Kompetisi tertutup", List.of("juri1", "juri2"));
        form.setEntryLimitPerOpd(1);
        form.setShortlistSize(1);
        form.setCriteria(List.of(new CompetitionForm.CriterionRow("Manfaat", 100)));
        Competition competition = rounds.open(form);
        Entry entry = entries.submit(competition.getId(), "opd1", new EntryForm("Inovasi rahasia", "x", LocalDate.of(2021, 1, 1)),
                Map.of("Proposal", List.of(Plans.pdf("p.pdf"))));
        fire(competition, SUBMISSION_CLOSES);
        entries.deskReview(task(entry.getProcessInstanceId(), DESK_REVIEW), "admin", new DeskReviewForm(ELIGIBLE, null));
        competitions.finishDeskReview(task(competition.getProcessInstanceId(), FINISH_DESK_REVIEW), "admin");
        Long criterion = competitions.get(competition.getId()).getCriteria().get(0).getId();
        for (Task t : tasks.createTaskQuery().processInstanceId(entry.getProcessInstanceId()).taskDefinitionKey(SCORE_ENTRY).list()) {
            ScoreForm scores = new ScoreForm();
            scores.getScores().add(new ScoreForm.Row(criterion, BigDecimal.valueOf(t.getAssignee().equals("juri1") ? 91 : 77),
                    "catatan " + t.getAssignee()));
            jury.score(t.getId(), t.getAssignee(), scores);
        }
        jury.closeScoringRound(task(competition.getProcessInstanceId(), CLOSE_SCORING_ROUND), "admin");
        return entries.get(entry.getId());
    }

    private void fire(Competition competition, String activity) {
        rounds.fire(competition, activity);
    }

    private String task(String processInstanceId, String key) {
        return rounds.task(processInstanceId, key);
    }

    @Test
    void beforePublicationTheOpdSeesItsStatusButNoTotalRankOrAward() throws Exception {
        Entry entry = rankedButNotPublished();
        Assertions.assertThat(entry.getTotalScore()).as("the round is ranked").isNotNull();

        mvc.perform(get("/api/entries/{id}", entry.getId()).with(httpBasic("opd1", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").exists())
                .andExpect(jsonPath("$.totalScore").doesNotExist())
                .andExpect(jsonPath("$.rank").doesNotExist())
                .andExpect(jsonPath("$.award").doesNotExist());
        mvc.perform(get("/entries/{id}", entry.getId()).with(user("opd1").roles("OPD")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"entry-total\""))))
                .andExpect(content().string(not(containsString("catatan juri"))));

        mvc.perform(get("/api/entries/{id}", entry.getId()).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalScore").value(84.0))
                .andExpect(jsonPath("$.rank").value(1));
    }

    @Test
    void aJurorSeesOnlyTheirOwnScoresEvenAfterTheRoundCloses() throws Exception {
        Entry entry = rankedButNotPublished();
        mvc.perform(get("/entries/{id}", entry.getId()).with(user("juri1").roles("JUROR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("catatan juri1")))
                .andExpect(content().string(not(containsString("catatan juri2"))))
                .andExpect(content().string(not(containsString("id=\"entry-total\""))));
        mvc.perform(get("/api/entries/{id}", entry.getId()).with(httpBasic("juri1", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalScore").doesNotExist())
                .andExpect(jsonPath("$.eligibilityReason").doesNotExist())
                .andExpect(jsonPath("$.deskDecision").doesNotExist());
    }

    @Test
    void afterPublicationTheOpdSeesItsResultsAndTheJurysCommentsUnderNumbers() throws Exception {
        Competition published = competitions.all().stream().filter(c -> c.getName().equals("Layanan Inovasi Daerah 2023"))
                .findFirst().orElseThrow();
        Entry jempol = entriesOf(published).stream().filter(e -> e.getInnovationTitle().startsWith("JEMPOL")).findFirst()
                .orElseThrow();
        mvc.perform(get("/api/entries/{id}", jempol.getId()).with(httpBasic("opd1", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rank").value(1))
                .andExpect(jsonPath("$.award").value("Juara 1"));
        mvc.perform(get("/entries/{id}", jempol.getId()).with(user("opd1").roles("OPD")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"entry-total\"")))
                .andExpect(content().string(containsString("Juri 1")))
                .andExpect(content().string(not(containsString("juri1"))));
    }

    private List<Entry> entriesOf(Competition competition) {
        return entryRepository.findByCompetitionIdOrderBySubmittedAtAscIdAsc(competition.getId());
    }

    @Test
    void aCompetitionSetUpToPublishJurorNamesShowsThemToTheOpdOncePublished() throws Exception {
        Competition published = competitions.all().stream().filter(c -> c.getName().equals("Layanan Inovasi Daerah 2023"))
                .findFirst().orElseThrow();
        Entry jempol = entriesOf(published).stream().filter(e -> e.getInnovationTitle().startsWith("JEMPOL")).findFirst()
                .orElseThrow();
        setJurorNamesPublished(published, true);
        try {
            mvc.perform(get("/entries/{id}", jempol.getId()).with(user("opd1").roles("OPD")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("juri1")))
                    .andExpect(content().string(not(containsString("Juri 1<"))));
        } finally {
            setJurorNamesPublished(published, false);
        }
    }

    private void setJurorNamesPublished(Competition competition, boolean published) {
        Competition stored = competitionRepository.findById(competition.getId()).orElseThrow();
        stored.setJurorNamesPublished(published);
        competitionRepository.save(stored);
    }

    @Test
    void thePublicResultsCarryOnlyWhatThePublicPageShows() throws Exception {
        Competition published = competitions.all().stream().filter(c -> c.getName().equals("Layanan Inovasi Daerah 2023"))
                .findFirst().orElseThrow();
        mvc.perform(get("/api/public/competitions/{id}/results", published.getId()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ranking[0].award").value("Juara 1"))
                .andExpect(jsonPath("$.ranking[0].eligibilityReason").doesNotExist())
                .andExpect(jsonPath("$.ranking[0].eligibilitySuggestion").doesNotExist())
                .andExpect(jsonPath("$.ranking[0].deskReason").doesNotExist())
                .andExpect(jsonPath("$.ranking[0].deskDecision").doesNotExist());
    }
}
