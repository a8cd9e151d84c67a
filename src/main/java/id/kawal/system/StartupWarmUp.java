package id.kawal.system;

import id.kawal.pdf.PdfWarmUp;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.apache.ibatis.session.Configuration;
import org.hibernate.grammars.hql.HqlParser;
import org.hibernate.query.hql.internal.HqlParseTreeBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.MethodMetadata;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.data.jpa.repository.Query;

/**
 * Does on a second thread, while the main thread builds the application context, the work a start would otherwise
 * do cold on the main thread, where every start waits for it:
 * <ul>
 * <li>parses the app's JPQL queries ({@code @Query}) with Spring Data's query parser and with Hibernate's, two ANTLR
 * grammars whose first parses are slow: on the 2-core machine 28 of the app's queries took about 1.7 s cold and
 * 20 ms warm, most of it filling the parsers' shared caches. The repositories, made later on the main thread, find
 * them warm;</li>
 * <li>reads the process engine's MyBatis mappings for the configured database ({@link EngineMappings}), which the
 * engine takes when it is built ({@link ReadAheadEngineConfiguration}) instead of reading them on the main thread;</li>
 * <li>makes a throw-away PDF/A page ({@link PdfWarmUp}), loading PDFBox and parsing the fonts that the demo's and
 * every certificate's documents use.</li>
 * </ul>
 * Spring Boot's own {@code BackgroundPreinitializer} does the same for Jackson, validation and the like. Nothing made
 * here is kept but the libraries' own caches and the engine's mappings, and only the engine waits for it (for its
 * mappings, once their reading has begun): a step that fails is skipped (debug log). Once per JVM; off with
 * {@code kawal.startup.warm-up=false}. Registered in {@code META-INF/spring.factories}.
 * <p>
 * Measured in interleaved starts of the demo launch (README, <i>Start-up</i>): the queries and the PDF, about 1 s
 * less to ready; the engine's mappings, about another 1 s once the heap was sized for the start (with the default
 * heap, collecting every 30 to 80 MB, the second core had no room for them). Signing a throw-away certificate was
 * tried and left out: it cost the second core more than it saved the main thread.
 */
public class StartupWarmUp implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final String ENABLED = "kawal.startup.warm-up";
    private static final Logger log = LoggerFactory.getLogger(StartupWarmUp.class);
    private static final String QUERIES_UNDER = "classpath*:id/kawal/**/*.class";
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        start(event);
    }

    /** Starts the warm-up's thread unless it is switched off or has run in this JVM; says whether it did. */
    boolean start(ApplicationEnvironmentPreparedEvent event) {
        if (!event.getEnvironment().getProperty(ENABLED, Boolean.class, true) || !STARTED.compareAndSet(false, true)) {
            return false;
        }
        ClassLoader classLoader = event.getSpringApplication().getClassLoader();
        String databaseType = EngineMappings.databaseType(event.getEnvironment().getProperty("spring.datasource.url"));
        if (databaseType != null) {
            EngineMappings.SHARED.announce(databaseType,
                    event.getEnvironment().getProperty("camunda.bpm.database.table-prefix", ""));
        }
        Thread thread = new Thread(() -> run(classLoader), "kawal-warm-up");
        thread.setDaemon(true);
        thread.setContextClassLoader(classLoader);
        thread.start();
        return true;
    }

    static void run(ClassLoader classLoader) {
        long start = System.nanoTime();
        List<String> queries = step("finding the JPQL queries", () -> jpqlQueries(classLoader), List.of());
        int springData = step("Spring Data's query parser", () -> parseWithSpringData(queries, classLoader), 0);
        int hibernate = step("Hibernate's query parser", () -> parseWithHibernate(queries), 0);
        int statements = step("the engine's mappings", () -> {
            Configuration read = EngineMappings.SHARED.readAnnounced(classLoader);
            return read == null ? 0 : read.getMappedStatementNames().size();
        }, 0);
        int pdf = step("a PDF/A page", PdfWarmUp::run, 0);
        log.debug("Warm-up done in {} ms: {} queries parsed by Spring Data, {} by Hibernate, the engine's {} "
                + "statements read, a PDF of {} bytes", (System.nanoTime() - start) / 1_000_000, springData,
                hibernate, statements, pdf);
    }

    /**
     * The JPQL of every {@code @Query} on an interface of the app, its count query too (native SQL is parsed by
     * neither parser).
     */
    static List<String> jpqlQueries(ClassLoader classLoader) throws Exception {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(classLoader);
        MetadataReaderFactory readers = new CachingMetadataReaderFactory(resolver);
        List<String> queries = new ArrayList<>();
        for (Resource type : resolver.getResources(QUERIES_UNDER)) {
            AnnotationMetadata metadata = readers.getMetadataReader(type).getAnnotationMetadata();
            if (!metadata.isInterface()) {
                continue;
            }
            for (MethodMetadata method : metadata.getAnnotatedMethods(Query.class.getName())) {
                MergedAnnotation<Query> query = method.getAnnotations().get(Query.class);
                if (query.getBoolean("nativeQuery")) {
                    continue;
                }
                for (String attribute : List.of("value", "countQuery")) {
                    if (!query.getString(attribute).isBlank()) {
                        queries.add(query.getString(attribute));
                    }
                }
            }
        }
        return queries;
    }

    /**
     * What Spring Data does for each {@code @Query} when it makes a repository: {@code DeclaredQuery.of(jpql, false)}
     * parses it with the HQL grammar to learn its alias and projection. The type is package-private in Spring Data,
     * hence the reflection; if a later Spring Data moves it, this step is skipped and nothing else changes.
     */
    static int parseWithSpringData(List<String> queries, ClassLoader classLoader) throws Exception {
        Class<?> declaredQuery = Class.forName("org.springframework.data.jpa.repository.query.DeclaredQuery", true,
                classLoader);
        Method of = declaredQuery.getDeclaredMethod("of", String.class, boolean.class);
        of.setAccessible(true);
        for (String jpql : queries) {
            of.invoke(null, jpql, false);
        }
        return queries.size();
    }

    /** As Hibernate's {@code StandardHqlTranslator} parses: the fast SLL mode first, the full LL mode if that fails. */
    static int parseWithHibernate(List<String> queries) {
        HqlParseTreeBuilder trees = HqlParseTreeBuilder.INSTANCE;
        for (String hql : queries) {
            HqlParser parser = trees.buildHqlParser(hql, trees.buildHqlLexer(hql));
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            parser.removeErrorListeners();
            parser.setErrorHandler(new BailErrorStrategy());
            try {
                parser.statement();
            } catch (ParseCancellationException notSll) {
                HqlParser full = trees.buildHqlParser(hql, trees.buildHqlLexer(hql));
                full.removeErrorListeners();
                full.getInterpreter().setPredictionMode(PredictionMode.LL);
                full.statement();
            }
        }
        return queries.size();
    }

    private static <T> T step(String what, Step<T> step, T otherwise) {
        try {
            return step.run();
        } catch (Exception | LinkageError e) {
            log.debug("Warm-up: {} skipped", what, e);
            return otherwise;
        }
    }

    @FunctionalInterface
    private interface Step<T> {
        T run() throws Exception;
    }
}
