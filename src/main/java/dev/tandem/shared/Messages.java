package dev.tandem.shared;

import com.ibm.icu.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.StringUtils;

/**
 * The message bundles ({@code spring.messages.basename}). A message with a {@code plural}, {@code selectordinal} or
 * {@code select} argument is formatted by ICU, which knows each language's plural rules (1 giorno, 2 giorni);
 * every other message by the JDK's MessageFormat, as before.
 */
@Configuration(proxyBeanMethods = false)
class Messages {

    private static final Pattern ICU = Pattern.compile(",\\s*(plural|selectordinal|select)\\s*,");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,18}");

    @Bean
    MessageSource messageSource(@Value("${spring.messages.basename}") String basenames) {
        var source = new IcuMessageSource();
        source.setBasenames(StringUtils.commaDelimitedListToStringArray(StringUtils.trimAllWhitespace(basenames)));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    static final class IcuMessageSource extends ResourceBundleMessageSource {

        private final Map<String, MessageFormat> icu = new ConcurrentHashMap<>();

        @Override
        protected @Nullable String getMessageInternal(
                @Nullable String code, Object @Nullable [] args, @Nullable Locale locale) {
            if (code == null || args == null || args.length == 0) {
                return super.getMessageInternal(code, args, locale);
            }
            Locale language = locale != null ? locale : Locale.getDefault();
            String pattern = resolveCodeWithoutArguments(code, language);
            if (pattern == null || !ICU.matcher(pattern).find()) {
                return super.getMessageInternal(code, args, locale);
            }
            var format = icu.computeIfAbsent(
                    language.toLanguageTag() + "|" + code, key -> new MessageFormat(pattern, language));
            Object[] values = resolveArguments(args, language);
            for (int i = 0; i < values.length; i++) {
                // Arguments stored as text (a signal's evidence) still count.
                if (values[i] instanceof String text
                        && WHOLE_NUMBER.matcher(text).matches()) {
                    values[i] = Long.parseLong(text);
                }
            }
            // ICU's formats are not thread-safe; Spring synchronises on its own formats the same way.
            synchronized (format) {
                return format.format(values);
            }
        }
    }
}
