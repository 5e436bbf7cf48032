package io.leadrules.app.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ConfigurableObjectInputStream;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Reads console session attributes from the shared database through an allow-list. Spring Session stores them
 * Java-serialized and by default reads back whatever class the bytes name: anyone who can write a row of
 * {@code spring_session_attributes} (and send its session's cookie) would choose which class's {@code readObject}
 * runs in every instance, the start of a deserialization gadget chain. A session holds only the security context
 * (Spring Security's token, authorities, a String principal and details), the CSRF token, the user's state (a
 * String) and flash notices (Spring MVC's FlashMap of Strings): those types and the JDK's collections and values are
 * read, anything else is refused before it is instantiated and reads as no attribute, so the session is signed out.
 */
@Configuration(proxyBeanMethods = false)
class SessionAttributes {

    private static final Logger log = LoggerFactory.getLogger(SessionAttributes.class);

    /** What a console session's attributes are made of; bounded in depth, references and size besides. */
    static final ObjectInputFilter ALLOWED = ObjectInputFilter.Config.createFilter("maxdepth=32;maxrefs=10000;"
            + "maxbytes=1048576;java.lang.*;java.util.*;java.util.concurrent.CopyOnWriteArrayList;java.time.*;"
            + "org.springframework.security.**;org.springframework.web.servlet.FlashMap;"
            + "org.springframework.util.LinkedMultiValueMap;org.springframework.util.MultiValueMapAdapter;!*");

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> allowListedSessionAttributes() {
        ClassLoader classes = SessionAttributes.class.getClassLoader();
        return repository -> {
            GenericConversionService conversions = new GenericConversionService();
            conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
            conversions.addConverter(byte[].class, Object.class, new DeserializingConverter(in -> read(in, classes)));
            repository.setConversionService(conversions);
        };
    }

    private static Object read(InputStream bytes, ClassLoader classes) throws IOException {
        ObjectInputStream in = new ConfigurableObjectInputStream(bytes, classes);
        String[] rejected = {""};
        in.setObjectInputFilter(info -> {
            ObjectInputFilter.Status status = ALLOWED.checkInput(info);
            if (status == ObjectInputFilter.Status.REJECTED && info.serialClass() != null) {
                rejected[0] = info.serialClass().getName();
            }
            return status;
        });
        try {
            return in.readObject();
        } catch (InvalidClassException refused) {
            log.warn("A console session attribute in the database was not read ({} {}): the session reads as signed "
                    + "out", String.valueOf(refused.getMessage()).replaceAll("\\p{Cntrl}", "?"), rejected[0]);
            return null;
        } catch (ClassNotFoundException unknown) {
            throw new IOException("A console session attribute names an unknown class", unknown);
        }
    }
}
