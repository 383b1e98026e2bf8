package ma.hcp.simimo.gap;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the settings of the gap analyses. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HarmonizationScoreProperties.class)
class GapConfiguration {

}
