package id.kawal.innovation.index;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * The predicate of an IID score, from the DMN table {@code processes/innovation-index-predicate.dmn} as deployed (an
 * administrator corrects the ranges there, never in code): the latest version of the decision is evaluated.
 */
@Component
public class IndexPredicate {

    public static final String DECISION = "innovation-index-predicate";
    public static final String VAR_QUALIFYING = "qualifying";
    public static final String VAR_IID = "iid";
    public static final String VAR_PREDICATE = "predicate";

    private final DecisionService decisions;

    public IndexPredicate(DecisionService decisions) {
        this.decisions = decisions;
    }

    public String of(int qualifying, BigDecimal iid) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_QUALIFYING, qualifying);
        variables.put(VAR_IID, iid == null ? null : iid.doubleValue());
        var result = decisions.evaluateDecisionTableByKey(DECISION).variables(variables).evaluate().getSingleResult();
        return result == null ? null : result.getEntry(VAR_PREDICATE);
    }
}
