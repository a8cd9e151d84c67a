package id.kawal.system;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.ibatis.builder.xml.XMLConfigBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process engine's MyBatis mappings (about 1,000 SQL statements in some 50 XML files), read ahead on the
 * start-up warm-up's thread while the main thread migrates the schema and starts Hibernate, and handed to the engine
 * when it is built ({@link ReadAheadEngineConfiguration}). Reading them is the largest single step of a start
 * (about 2 to 3 s of the main thread on the 2-core machine, most of it MyBatis evaluating XPath).
 * <p>
 * The mappings depend on the database type (its paging syntax and the like) and on the table prefix, which the
 * warm-up takes from the configuration ({@code spring.datasource.url}); the engine learns its type from the
 * database itself and takes the mappings only if both agree. They are offered once: a second engine in the same JVM
 * (tests) reads its own, as does an engine that comes before the warm-up has begun reading them (it then does not
 * begin), after the reading failed, or after waiting a minute for it.
 */
public final class EngineMappings {

    private static final Logger log = LoggerFactory.getLogger(EngineMappings.class);
    /** The longest an engine waits for mappings being read ahead before it reads its own. */
    private static final long WAIT_SECONDS = 60;
    /** The mappings this JVM's start-up warm-up reads and its application's engine takes. */
    static final EngineMappings SHARED = new EngineMappings();

    private final AtomicReference<Ahead> ahead = new AtomicReference<>();

    /** Mappings announced, being read or read, for one database type and table prefix. */
    private record Ahead(String databaseType, String tablePrefix, CompletableFuture<Configuration> read,
            AtomicReference<State> state) {
    }

    private enum State { ANNOUNCED, READING, TAKEN }

    /**
     * Announces that this JVM's warm-up will read the mappings for that database type: an engine built meanwhile
     * waits for them rather than reading them twice. Returns false if mappings were announced already.
     */
    boolean announce(String databaseType, String tablePrefix) {
        return ahead.compareAndSet(null, new Ahead(databaseType, tablePrefix, new CompletableFuture<>(),
                new AtomicReference<>(State.ANNOUNCED)));
    }

    /**
     * Reads the announced mappings on the calling thread, unless an engine has already given up on them; returns
     * them, or null if none were announced or an engine came first.
     */
    Configuration readAnnounced(ClassLoader classLoader) throws Exception {
        Ahead announced = ahead.get();
        if (announced == null || !announced.state().compareAndSet(State.ANNOUNCED, State.READING)) {
            return null;
        }
        try {
            Configuration configuration = read(announced.databaseType(), announced.tablePrefix(), classLoader);
            announced.read().complete(configuration);
            return configuration;
        } catch (Throwable e) {
            // an engine waiting for them reads its own at once
            announced.read().completeExceptionally(e);
            throw e;
        }
    }

    /**
     * The mappings read ahead for this database type and table prefix, waiting for them if they are being read;
     * null if there are none to take (none announced, another type or prefix, failed, taken before): the engine then
     * reads its own.
     */
    Configuration take(String databaseType, String tablePrefix) {
        // whatever comes of it, the mappings are offered once (and not kept once the engine has its own)
        Ahead announced = ahead.getAndSet(null);
        if (announced == null) {
            return null;
        }
        // not begun yet: the engine reads its own now, and the warm-up does not begin
        boolean notBegun = announced.state().compareAndSet(State.ANNOUNCED, State.TAKEN);
        if (notBegun || !announced.databaseType().equals(databaseType)
                || !announced.tablePrefix().equals(tablePrefix == null ? "" : tablePrefix)) {
            return null;
        }
        try {
            Configuration configuration = announced.read().get(WAIT_SECONDS, TimeUnit.SECONDS);
            return announced.state().compareAndSet(State.READING, State.TAKEN) ? configuration : null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (Exception e) {
            log.debug("The engine's mappings read ahead are not used", e);
            return null;
        }
    }

    /**
     * The engine's own reading of its mappings ({@code ProcessEngineConfigurationImpl.initSqlSessionFactory}), up to
     * the environment (data source and transactions), which the engine sets when it takes them.
     */
    static Configuration read(String databaseType, String tablePrefix, ClassLoader classLoader) throws Exception {
        Properties properties = new Properties();
        properties.put("prefix", tablePrefix);
        ProcessEngineConfigurationImpl.initSqlSessionFactoryProperties(properties, tablePrefix, databaseType);
        InputStream mappings = classLoader.getResourceAsStream(ProcessEngineConfigurationImpl.DEFAULT_MYBATIS_MAPPING_FILE);
        if (mappings == null) {
            throw new IllegalStateException("No " + ProcessEngineConfigurationImpl.DEFAULT_MYBATIS_MAPPING_FILE);
        }
        try (Reader reader = new InputStreamReader(mappings)) {
            return new XMLConfigBuilder(reader, "", properties).parse();
        }
    }

    /** The engine's database type for a JDBC URL, as the engine names it; null for a database Kawal does not run on. */
    static String databaseType(String jdbcUrl) {
        if (jdbcUrl == null) {
            return null;
        }
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return "h2";
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return "postgres";
        }
        return null;
    }

    /** Whether the announced mappings are being read (tests). */
    boolean reading() {
        Ahead announced = ahead.get();
        return announced != null && announced.state().get() == State.READING;
    }
}
