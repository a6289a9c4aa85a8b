package io.omharness.report;

import io.omharness.config.ConfigProblem;
import io.omharness.genesys.api.GenesysApiException;
import io.omharness.salesforce.api.SalesforceApi;
import org.openqa.selenium.NoSuchSessionException;
import org.openqa.selenium.SessionNotCreatedException;
import org.openqa.selenium.remote.UnreachableBrowserException;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Decides the kind of a failure from the exception (its type and causes, and the HTTP status our API
 * clients carry) and from where it happened (a step, or a hook such as clean-up) — never from words in
 * a message, which a port number or a product's text can contain by chance.
 */
public final class FailureClassifier {
    private FailureClassifier() {
    }

    /** Where the failure happened: a scenario step ("Then ...") or a hook (set-up, evidence, clean-up). */
    public record Where(String description, boolean hook) {
        public static Where step(String keywordAndText) {
            return new Where("step \"" + keywordAndText.strip() + "\"", false);
        }

        public static Where hook(String codeLocation) {
            return new Where("hook " + codeLocation, true);
        }
    }

    public static FailureKind classify(Throwable error, Where where) {
        for (Throwable t : chain(error)) {
            if (isEnvironment(t)) {
                return FailureKind.ENVIRONMENT;
            }
        }
        // An assertion in a step checks the product; one in a hook checks the harness's own bookkeeping.
        if (error instanceof AssertionError && !where.hook()) {
            return FailureKind.PRODUCT_DEFECT;
        }
        return FailureKind.HARNESS_DEFECT;
    }

    private static boolean isEnvironment(Throwable t) {
        if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException
                || t instanceof HttpConnectTimeoutException || t instanceof java.nio.channels.UnresolvedAddressException
                || t instanceof javax.net.ssl.SSLException) {
            return true;
        }
        if (t instanceof SessionNotCreatedException || t instanceof NoSuchSessionException
                || t instanceof UnreachableBrowserException || t instanceof ConfigProblem) {
            return true;
        }
        if (t instanceof GenesysApiException g) {
            return environmentStatus(g.status());
        }
        if (t instanceof SalesforceApi.SalesforceApiException s) {
            // Salesforce refuses a wrong password or client with 400 invalid_grant: any refusal of the login is the org's
            return environmentStatus(s.status()) || thrownBy(s, SalesforceApi.class, "token");
        }
        return false;
    }

    /** Credentials refused, no permission, throttled, or the service failing: not the guide's outcome. */
    private static boolean environmentStatus(int status) {
        return status == 401 || status == 403 || status == 407 || status == 429 || status >= 500;
    }

    private static boolean thrownBy(Throwable t, Class<?> type, String method) {
        for (StackTraceElement frame : t.getStackTrace()) {
            if (frame.getClassName().equals(type.getName()) && frame.getMethodName().equals(method)) {
                return true;
            }
        }
        return false;
    }

    private static List<Throwable> chain(Throwable error) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
