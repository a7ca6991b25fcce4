package org.peaceterms.opendata;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the scheduled data release ({@link ReleaseService#publishOnSchedule()}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReleaseScheduling {

}
