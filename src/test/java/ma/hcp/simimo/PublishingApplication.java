package ma.hcp.simimo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * Puts a {@link RunningApplication} test in the application context of the tests that
 * publish (decision 0027): a publication changes the seed content that the shared
 * application's tests read, so the classes that publish share a context, and a store, of
 * their own.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@TestPropertySource(properties = "simimo.test.context=publishing")
public @interface PublishingApplication {

}
