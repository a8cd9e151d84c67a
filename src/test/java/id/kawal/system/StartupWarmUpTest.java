package id.kawal.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.kawal.actionplan.ActionPlanRepository;
import id.kawal.innovation.InnovationCheckRepository;
import id.kawal.pdf.PdfWarmUp;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.data.jpa.repository.Query;
import org.springframework.mock.env.MockEnvironment;

class StartupWarmUpTest {

    private final ClassLoader classLoader = getClass().getClassLoader();

    @Test
    void findsTheJpqlOfEveryQueryOfTheAppsRepositoriesWithTheirCountQueries() throws Exception {
        List<String> found = StartupWarmUp.jpqlQueries(classLoader);

        List<String> declared = Stream.of(ActionPlanRepository.class, InnovationCheckRepository.class)
                .flatMap(repository -> Arrays.stream(repository.getDeclaredMethods()))
                .map(method -> method.getAnnotation(Query.class)).filter(Objects::nonNull)
                .flatMap(query -> Stream.of(query.value(), query.countQuery())).filter(jpql -> !jpql.isBlank())
                .toList();
        assertThat(declared).as("queries and count queries of two repositories").hasSizeGreaterThan(5);
        assertThat(found).containsAll(declared).doesNotContain("");
    }

    @Test
    void everyQueryFoundIsParsedByBothParsersAsAtStartUp() throws Exception {
        List<String> queries = StartupWarmUp.jpqlQueries(classLoader);

        assertThat(StartupWarmUp.parseWithSpringData(queries, classLoader)).isEqualTo(queries.size());
        assertThat(StartupWarmUp.parseWithHibernate(queries)).isEqualTo(queries.size());
    }

    @Test
    void theSpringDataStepUsesTheMethodItsParserIsReachedBy() throws Exception {
        // if a Spring Data upgrade moves DeclaredQuery.of, the warm-up would skip this step without a word
        Class<?> declaredQuery = Class.forName("org.springframework.data.jpa.repository.query.DeclaredQuery");
        Method of = declaredQuery.getDeclaredMethod("of", String.class, boolean.class);
        assertThat(of.getReturnType()).isEqualTo(declaredQuery);
    }

    @Test
    void thePdfPageIsARealPdf() throws Exception {
        assertThat(PdfWarmUp.run()).isGreaterThan(1000);
    }

    @Test
    void aStartWithTheWarmUpSwitchedOffStartsNoThread() {
        MockEnvironment environment = new MockEnvironment().withProperty(StartupWarmUp.ENABLED, "false");
        ApplicationEnvironmentPreparedEvent event = new ApplicationEnvironmentPreparedEvent(
                new DefaultBootstrapContext(), new SpringApplication(), new String[0], environment);

        assertThat(new StartupWarmUp().start(event)).isFalse();
    }
}
