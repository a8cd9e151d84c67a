package id.kawal.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.kawal.support.KawalIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine's start-up deployment holds exactly the models of {@code processes/}. They are looked up in that folder
 * only (camunda.bpm.deployment-resource-pattern), not by searching every jar on the class path: this pins that the
 * narrower lookup still finds every model, BPMN and DMN alike.
 */
@KawalIntegrationTest
class ModelDeploymentTest {

    @Autowired RepositoryService repository;

    @Test
    void theStartUpDeploymentHoldsEveryModelOfTheProcessesFolderAndNothingElse() throws IOException {
        Set<String> models;
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            models = files.map(file -> file.getFileName().toString()).collect(Collectors.toSet());
        }
        assertThat(models).as("the processes folder").isNotEmpty().allMatch(name -> name.endsWith(".bpmn") || name.endsWith(".dmn"));

        List<Deployment> deployments = repository.createDeploymentQuery().deploymentName("SpringAutoDeployment").list();
        assertThat(deployments).isNotEmpty();
        Set<String> deployed = deployments.stream()
                .flatMap(deployment -> repository.getDeploymentResourceNames(deployment.getId()).stream())
                // a name is the file's path on a class-path folder, its name inside a jar
                .map(name -> name.substring(name.replace('\\', '/').lastIndexOf('/') + 1))
                .collect(Collectors.toSet());
        assertThat(deployed).isEqualTo(models);
    }
}
