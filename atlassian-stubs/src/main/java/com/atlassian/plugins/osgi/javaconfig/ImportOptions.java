// Mirrors com.atlassian.plugins.osgi.javaconfig.ImportOptions (atlassian-plugins-osgi-javaconfig 0.6+/0.7, @PublicApi class
// with a private constructor) as found in decompiled public source of the library in the public code index; see also
// https://developer.atlassian.com/server/framework/atlassian-sdk/spring-java-config/
// getAvailability() is left out: it returns org.eclipse.gemini.blueprint...Availability, which is not a dependency here.
package com.atlassian.plugins.osgi.javaconfig;

import java.time.Duration;

/** Options for importing an OSGi service (default: mandatory, 5 minute timeout, no filter). */
public class ImportOptions {

    private ImportOptions() {
    }

    public static ImportOptions defaultOptions() {
        throw new UnsupportedOperationException("stand-in");
    }

    public ImportOptions optional() {
        throw new UnsupportedOperationException("stand-in");
    }

    public ImportOptions withFilter(String filter) {
        throw new UnsupportedOperationException("stand-in");
    }

    public ImportOptions withTimeout(Duration timeout) {
        throw new UnsupportedOperationException("stand-in");
    }

    public String getFilter() {
        throw new UnsupportedOperationException("stand-in");
    }

    public Duration getTimeout() {
        throw new UnsupportedOperationException("stand-in");
    }
}
