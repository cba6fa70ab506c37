// Mirrors com.atlassian.plugins.osgi.javaconfig.OsgiServices (atlassian-plugins-osgi-javaconfig, @PublicApi final class)
// as documented in https://developer.atlassian.com/server/framework/atlassian-sdk/spring-java-config/ and as found in
// decompiled public source of the library (com/atlassian/plugins/osgi/javaconfig/OsgiServices.java) in the public code index.
// Only the members this project uses; factoryBeanForOsgiService*, importOsgiServiceCollection and exportAsModuleType omitted.
package com.atlassian.plugins.osgi.javaconfig;

import org.osgi.framework.ServiceRegistration;
import org.springframework.beans.factory.FactoryBean;

/** Helpers for Spring Java config classes that import or export OSGi services. */
public final class OsgiServices {

    private OsgiServices() {
    }

    public static <T> T importOsgiService(Class<T> serviceClass) {
        throw new UnsupportedOperationException("stand-in");
    }

    public static <T> T importOsgiService(Class<T> serviceClass, ImportOptions options) {
        throw new UnsupportedOperationException("stand-in");
    }

    @SuppressWarnings("rawtypes")
    public static FactoryBean<ServiceRegistration> exportOsgiService(Object bean, ExportOptions options) {
        throw new UnsupportedOperationException("stand-in");
    }
}
