package id.kawal.innovation.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/**
 * The predicate of an IID score, from the DMN table {@code processes/innovation-index-predicate.dmn} as deployed (an
 * administrator corrects the ranges there and redeploys, never in code): the latest version of the decision.
 *
 * <p>The table is evaluated by a DMN engine of its own, not through the process engine's decision service, which
 * records every evaluation in its history: showing the index is a read, and a read writes nothing (on PostgreSQL
 * the read-only transaction would refuse the history rows). Each deployed version is parsed once.
 */
@Component
public class IndexPredicate {

    public static final String DECISION = "innovation-index-predicate";
    public static final String VAR_QUALIFYING = "qualifying";
    public static final String VAR_IID = "iid";
    public static final String VAR_PREDICATE = "predicate";

    private final RepositoryService repository;
    private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final Map<String, DmnDecision> parsed = new ConcurrentHashMap<>();

    public IndexPredicate(RepositoryService repository) {
        this.repository = repository;
    }

    public String of(int qualifying, BigDecimal iid) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_QUALIFYING, qualifying);
        variables.put(VAR_IID, iid == null ? null : iid.doubleValue());
        DmnDecisionResultEntries result = dmn.evaluateDecision(latest(), variables).getSingleResult();
        return result == null ? null : result.getEntry(VAR_PREDICATE);
    }

    private DmnDecision latest() {
        DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION)
                .latestVersion().singleResult();
        if (definition == null) {
            throw new IllegalStateException("The decision " + DECISION + " is not deployed");
        }
        return parsed.computeIfAbsent(definition.getId(), id -> {
            try (InputStream model = repository.getDecisionModel(id)) {
                return dmn.parseDecision(DECISION, model);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
