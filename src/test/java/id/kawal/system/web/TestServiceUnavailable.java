package id.kawal.system.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** {@link ServiceUnavailable} with Kawal's real messages, page template and locale resolver, without an application context. */
final class TestServiceUnavailable {

    private TestServiceUnavailable() {
    }

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    static ServiceUnavailable create() {
        ResourceBundleMessageSource messages = messages();
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        SpringTemplateEngine templates = new SpringTemplateEngine();
        templates.setTemplateResolver(resolver);
        templates.setTemplateEngineMessageSource(messages);
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("templates", templates,
                "localeResolver", new WebConfig().localeResolver()));
        return new ServiceUnavailable(beans.getBeanProvider(ITemplateEngine.class), messages,
                beans.getBeanProvider(LocaleResolver.class), new ObjectMapper());
    }
}
