package org.medmesh.platform.infrastructure.security;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBContext;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.medmesh.shared.domain.model.AccessRefused;

/**
 * Enforces on every call of an application service who may call the operation, as its service interface declares it:
 * the one declaration, where readers look, is the one enforced — the implementations declare nothing. Bound to every
 * session bean of the EJB modules as a default interceptor (their {@code ejb-jar.xml}). A method no service interface
 * declares keeps the container's rules (its bean's own annotations). A refusal is {@link AccessRefused}, an application
 * exception of every module: the transaction rolls back and the caller gets it as it is.
 */
public class DeclaredAccessInterceptor {

    private static final Map<Method, Optional<DeclaredAccess>> DECLARED = new ConcurrentHashMap<>();

    @Resource
    EJBContext context;

    @AroundInvoke
    public Object enforce(InvocationContext call) throws Exception {
        Method method = call.getMethod();
        Optional<DeclaredAccess> access = DECLARED.computeIfAbsent(method, DeclaredAccess::of);
        if (access.isPresent() && !access.get().allows(context::isCallerInRole)) {
            throw new AccessRefused(method.getDeclaringClass().getSimpleName() + "." + method.getName());
        }
        return call.proceed();
    }
}
