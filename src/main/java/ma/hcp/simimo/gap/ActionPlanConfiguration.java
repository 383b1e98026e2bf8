package ma.hcp.simimo.gap;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the configured weights of the action plan's priority criteria. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ActionWeights.class)
class ActionPlanConfiguration {

}
