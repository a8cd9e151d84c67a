package id.kawal.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;

/** Who did what, and when, in one case, as the engine's history recorded it. */
@Service
public class AuditTrail {

    private final HistoryService history;

    public AuditTrail(HistoryService history) {
        this.history = history;
    }

    /**
     * One step of the case.
     *
     * @param actor the user who completed a user task; null for the engine's own steps
     */
    public record Step(Instant started, Instant ended, String activityId, String activityName, String activityType,
            String actor) {
    }

    public List<Step> of(String processInstanceId) {
        List<Step> steps = new ArrayList<>();
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult();
        if (instance == null) {
            return steps;
        }
        for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list()) {
            if (a.getActivityType().contains("Gateway") || a.getActivityType().equals("multiInstanceBody")) {
                continue;
            }
            steps.add(new Step(a.getStartTime().toInstant(), a.getEndTime() == null ? null : a.getEndTime().toInstant(),
                    a.getActivityId(), a.getActivityName() == null ? a.getActivityId() : a.getActivityName(),
                    a.getActivityType(), "userTask".equals(a.getActivityType()) ? a.getAssignee() : null));
        }
        steps.sort(Comparator.comparing(Step::started));
        return steps;
    }
}
