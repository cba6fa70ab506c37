// Mirrors com.atlassian.plugins.osgi.javaconfig.ExportOptions (atlassian-plugins-osgi-javaconfig, @PublicApi class with a
// private constructor) as found in decompiled public source of the library in the public code index; usage
// ExportOptions.as(Foo.class) shown in https://developer.atlassian.com/server/framework/atlassian-sdk/spring-java-config/
package com.atlassian.plugins.osgi.javaconfig;

import java.util.Map;

/** The interfaces (and optional service properties) under which a bean is exported to OSGi. */
public class ExportOptions {

    private ExportOptions() {
    }

    public static ExportOptions as(Class<?> firstInterface, Class<?>... otherInterfaces) {
        throw new UnsupportedOperationException("stand-in");
    }

    public ExportOptions withProperty(String key, Object value) {
        throw new UnsupportedOperationException("stand-in");
    }

    public Class<?>[] getInterfaces() {
        throw new UnsupportedOperationException("stand-in");
    }

    public Map<String, Object> getProperties() {
        throw new UnsupportedOperationException("stand-in");
    }
}
