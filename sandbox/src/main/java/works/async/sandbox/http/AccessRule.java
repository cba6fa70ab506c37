package works.async.sandbox.http;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;

/**
 * REST v2's access levels: the annotation on the resource method wins over the one on its class; without any the
 * resource is for signed-in (licensed) users. {@code @LicensedOnly} and {@code @UnlicensedSiteAccess} both mean
 * "signed in" here, since the sandbox has no licences.
 */
public enum AccessRule {
    ANONYMOUS, SIGNED_IN, ADMIN, SYSTEM_ADMIN;

    public static AccessRule of(Method method, Class<?> resourceClass) {
        AccessRule onMethod = declaredOn(method);
        if (onMethod != null) {
            return onMethod;
        }
        AccessRule onClass = declaredOn(resourceClass);
        return onClass != null ? onClass : SIGNED_IN;
    }

    private static AccessRule declaredOn(AnnotatedElement element) {
        if (element == null) {
            return null;
        }
        if (element.isAnnotationPresent(SystemAdminOnly.class)) {
            return SYSTEM_ADMIN;
        }
        if (element.isAnnotationPresent(AdminOnly.class)) {
            return ADMIN;
        }
        if (element.isAnnotationPresent(UnrestrictedAccess.class) || element.isAnnotationPresent(AnonymousSiteAccess.class)) {
            return ANONYMOUS;
        }
        if (element.isAnnotationPresent(com.atlassian.plugins.rest.api.security.annotation.LicensedOnly.class)
                || element.isAnnotationPresent(com.atlassian.plugins.rest.api.security.annotation.UnlicensedSiteAccess.class)) {
            return SIGNED_IN;
        }
        return null;
    }
}
